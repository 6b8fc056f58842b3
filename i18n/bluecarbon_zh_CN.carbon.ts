<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>IPCC 2013 Tier 1 basis: accumulation rates only on restored, revegetated or created area</source>
            <translation>IPCC 2013 第 1 层级基础：累积速率只用于修复、再植或新建的面积</translation>
        </message>
        <message>
            <source>accumulation rate on all habitat area (the basis of national ocean-sink inventories)</source>
            <translation>累积速率用于全部生境面积（国家海洋碳汇清单的做法）</translation>
        </message>
        <message>
            <source>Total carbon stock {s} t CO2e (point estimate from the central densities; Monte Carlo median {m}, 95% interval {i}); yearly uptake {u} t CO2e/yr on the {basis} (median {um}, 95% interval {ui}). The headline values are the point estimates.</source>
            <translation>碳储量合计 {s} t CO2e（由密度中心值得到的点估计；蒙特卡罗中位数 {m}，95% 区间 {i}）；年吸收量 {u} t CO2e/yr，基础为{basis}（中位数 {um}，95% 区间 {ui}）。标题数值为点估计。</translation>
        </message>
        <message>
            <source>Country for mangrove densities</source>
            <translation>红树林密度所用国家</translation>
        </message>
        <message>
            <source>Uptake basis</source>
            <translation>吸收量基础</translation>
        </message>
        <message>
            <source>Reference sample (map error)</source>
            <translation>参考样本（制图误差）</translation>
        </message>
        <message>
            <source>Monte Carlo draws</source>
            <translation>蒙特卡罗抽样次数</translation>
        </message>
        <message>
            <source>Carbon densities, their sources and verification status</source>
            <translation>碳密度、来源及核实状态</translation>
        </message>
        <message>
            <source>Area of the polygons (ha)</source>
            <translation>多边形面积（ha）</translation>
        </message>
        <message>
            <source>Carbon stock (t CO2e): point estimate [MC median; 95% interval]</source>
            <translation>碳储量（t CO2e）：点估计 [蒙特卡罗中位数；95% 区间]</translation>
        </message>
        <message>
            <source>Yearly uptake (t CO2e/yr): point estimate [MC median; 95% interval]</source>
            <translation>年吸收量（t CO2e/yr）：点估计 [蒙特卡罗中位数；95% 区间]</translation>
        </message>
        <message>
            <source>none (density table values)</source>
            <translation>无（使用密度表数值）</translation>
        </message>
        <message>
            <source>yes: areas adjusted</source>
            <translation>有：面积已校正</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Areas are the true areas on the ellipsoid of the raster's CRS; a pixel partly inside an area counts by the fraction of its area inside. polygon_ha = area_ha (mapped habitat) + unmapped_ha (nodata or outside the raster).</source>
            <translation>面积为栅格 CRS 椭球面上的真实面积；部分位于区域内的像元按其位于区域内的面积比例计算。polygon_ha = area_ha（已制图生境）+ unmapped_ha（无数据或位于栅格之外）。</translation>
        </message>
        <message>
            <source>Uncertainty: each density with bounds is drawn once per iteration for all areas, from the distribution named in the density table below: normal for symmetric 95% bounds (truncated at 0), lognormal with the value as median for skewed 95% bounds, and a Beta-PERT over the range whose median is the value for observed minimum–maximum ranges (they are not 95% intervals; no draw leaves the observed range). The interval reported is the 2.5–97.5 percentile of the draws of each total; the Monte Carlo median is shown beside the point estimate, and the headline uses the point estimate. Where a point estimate fell outside its percentiles the interval was widened to include it (see the warnings).</source>
            <translation>不确定性：每个带界限的密度在每次迭代中为所有区域抽样一次，所用分布见下方密度表：对称的 95% 界限用正态分布（在 0 处截断），偏斜的 95% 界限用以数值为中位数的对数正态分布，观测最小–最大范围（并非 95% 区间）用中位数等于该数值的 Beta-PERT 分布（任何抽样都不超出观测范围）。报告的区间为各合计抽样值的 2.5–97.5 百分位；点估计旁给出蒙特卡罗中位数，标题采用点估计。若点估计落在其百分位之外，区间已扩展以包含它（见警告）。</translation>
        </message>
        <message>
            <source>Climate zone: mangrove biomass rows differ for tropical wet, tropical dry and subtropical mangroves (IPCC 2013 Tables 4.3 and 4.5); the zone used for each area is listed below.</source>
            <translation>气候带：热带湿润、热带干旱和亚热带红树林的生物量数值不同（IPCC 2013 表 4.3 和 4.5）；各区域所用气候带列于下方。</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>no bounds: fixed</source>
            <translation>无界限：固定值</translation>
        </message>
        <message>
            <source>not stated in the table</source>
            <translation>表中未说明</translation>
        </message>
        <message>
            <source>Regional mangrove densities beside Tier 1</source>
            <translation>区域性红树林密度与第 1 层级对照</translation>
        </message>
        <message>
            <source>Mapped and area-adjusted areas per area and class</source>
            <translation>各区域各类别的制图面积与校正面积</translation>
        </message>
        <message>
            <source>Area-adjusted carbon stock (t CO2e) [MC median; 95% interval]</source>
            <translation>面积校正后的碳储量（t CO2e）[蒙特卡罗中位数；95% 区间]</translation>
        </message>
        <message>
            <source>Area-adjusted yearly uptake (t CO2e/yr) [MC median; 95% interval]</source>
            <translation>面积校正后的年吸收量（t CO2e/yr）[蒙特卡罗中位数；95% 区间]</translation>
        </message>
        <message>
            <source>Uptake is zero outside the restored areas: IPCC's Tier 1 accumulation rates are for restored, revegetated or created wetlands.</source>
            <translation>修复区域之外吸收量为零：IPCC 第 1 层级累积速率适用于修复、再植或新建的湿地。</translation>
        </message>
        <message>
            <source>On areas adjusted for map error: stock {s} t CO2e (95% interval {i}), uptake {u} t CO2e/yr (95% interval {ui}).</source>
            <translation>按制图误差校正后的面积：碳储量 {s} t CO2e（95% 区间 {i}），吸收量 {u} t CO2e/yr（95% 区间 {ui}）。</translation>
        </message>
        <message>
            <source>adaptive, JCGM 101:2008 7.9</source>
            <translation>自适应，JCGM 101:2008 第 7.9 节</translation>
        </message>
        <message>
            <source>one batch</source>
            <translation>单批次</translation>
        </message>
        <message>
            <source>Map error: each area's class areas are adjusted with the reference sample, adjusted_ha_j = Σ_i mapped_ha_i × p(j | i), p(j | i) the sample's share of reference class j among the points of map class i (Olofsson et al. 2014). Assumption: the map's error rates inside the areas are those of the whole map. The Monte Carlo draws the conditional proportions of each map class from their Dirichlet posterior together with the densities, so the _adj intervals include map error.</source>
            <translation>制图误差：各区域的类别面积用参考样本校正，adjusted_ha_j = Σ_i mapped_ha_i × p(j | i)，p(j | i) 为样本中制图类别 i 的样点里参考类别为 j 的比例（Olofsson 等，2014）。假设：区域内的制图误差率与整幅地图相同。蒙特卡罗将各制图类别的条件比例按其 Dirichlet 后验分布与密度一同抽样，因此 _adj 区间包含制图误差。</translation>
        </message>
        <message>
            <source>total of the three pools [t C/ha]</source>
            <translation>三个碳库合计 [t C/ha]</translation>
        </message>
        <message>
            <source>Climate zone</source>
            <translation>气候带</translation>
        </message>
        <message>
            <source>MC median [t CO2e]</source>
            <translation>蒙特卡罗中位数 [t CO2e]</translation>
        </message>
        <message>
            <source>95% interval [t CO2e]</source>
            <translation>95% 区间 [t CO2e]</translation>
        </message>
        <message>
            <source>MC median [t CO2e/yr]</source>
            <translation>蒙特卡罗中位数 [t CO2e/yr]</translation>
        </message>
        <message>
            <source>95% interval [t CO2e/yr]</source>
            <translation>95% 区间 [t CO2e/yr]</translation>
        </message>
        <message>
            <source>stock [t CO2e]: mapped | adjusted (95% interval)</source>
            <translation>碳储量 [t CO2e]：制图 | 校正（95% 区间）</translation>
        </message>
        <message>
            <source>uptake [t CO2e/yr]: mapped | adjusted (95% interval)</source>
            <translation>吸收量 [t CO2e/yr]：制图 | 校正（95% 区间）</translation>
        </message>
        <message>
            <source>Monte Carlo distribution</source>
            <translation>蒙特卡罗分布</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>核实状态</translation>
        </message>
        <message>
            <source>Mangrove densities of {country} ({iso}, {year}) from the per-country table of the Mangrove Carbon App (Global Wetlands Project, MIT licence), beside the rows they replace. The country table has no uncertainty bounds: each pool keeps the relative range of the replaced row around the country value (no better source was found). The accumulation rate keeps the replaced row's value.</source>
            <translation>{country}（{iso}，{year}）的红树林密度取自 Mangrove Carbon App 的国家表（Global Wetlands Project，MIT 许可），与其替换的行并列。国家表没有不确定性界限：各碳库沿用被替换行的相对范围，围绕国家数值（未找到更好的来源）。累积速率沿用被替换行的数值。</translation>
        </message>
        <message>
            <source>mapped [ha]</source>
            <translation>制图 [ha]</translation>
        </message>
        <message>
            <source>adjusted [ha]</source>
            <translation>校正 [ha]</translation>
        </message>
        <message>
            <source>uptake area [ha]</source>
            <translation>吸收面积 [ha]</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>碳库</translation>
        </message>
        <message>
            <source>Country (regional)</source>
            <translation>国家（区域性）</translation>
        </message>
        <message>
            <source>Replaced row (Tier 1)</source>
            <translation>被替换行（第 1 层级）</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差值</translation>
        </message>
        <message>
            <source>tropical wet</source>
            <translation>热带湿润</translation>
        </message>
        <message>
            <source>tropical dry</source>
            <translation>热带干旱</translation>
        </message>
        <message>
            <source>subtropical</source>
            <translation>亚热带</translation>
        </message>
        <message>
            <source>Unknown country '{value}'. Give an ISO 3166 alpha-3 code or the English or Chinese name of a country in the mangrove table {path}; closest names: {close}.</source>
            <translation>未知国家“{value}”。请给出 ISO 3166 三字母代码，或红树林表 {path} 中某个国家的英文或中文名称；最接近的名称：{close}。</translation>
        </message>
        <message>
            <source>country density table</source>
            <translation>国家密度表</translation>
        </message>
        <message>
            <source>The density table {path} has no mangrove row (class {cls}); a country's mangrove densities replace that row.</source>
            <translation>密度表 {path} 没有红树林行（类别 {cls}）；国家红树林密度将替换该行。</translation>
        </message>
        <message>
            <source>Density table row {row}: climate_zone '{value}' is not one of {zones} (or empty for every zone).</source>
            <translation>密度表第 {row} 行：climate_zone“{value}”不是 {zones} 之一（或留空表示所有气候带）。</translation>
        </message>
        <message>
            <source>Density table row {row}: distribution '{value}' is not one of {names}.</source>
            <translation>密度表第 {row} 行：分布“{value}”不是 {names} 之一。</translation>
        </message>
        <message>
            <source>grand total</source>
            <translation>总计</translation>
        </message>
        <message>
            <source>Cannot read the restored-area raster {path}: {error}</source>
            <translation>无法读取修复区域栅格 {path}：{error}</translation>
        </message>
        <message>
            <source>The restored-area raster {path} has no coordinate reference system; assign one and run again.</source>
            <translation>修复区域栅格 {path} 没有坐标参考系；请指定后再运行。</translation>
        </message>
        <message>
            <source>The areas lie in different climate zones ({zones}); the grand totals add the union of each zone's areas (ground shared by areas of two zones would count twice).</source>
            <translation>各区域位于不同气候带（{zones}）；总计为各气候带区域并集之和（分属两个气候带的区域若有重叠，重叠部分会计算两次）。</translation>
        </message>
        <message>
            <source>Uptake basis IPCC Tier 1: no mapped habitat lies inside the restored areas, so the yearly uptake is zero (Tier 1 accumulation rates apply only to restored, revegetated or created wetlands).</source>
            <translation>吸收量基础为 IPCC 第 1 层级：修复区域内没有已制图生境，因此年吸收量为零（第 1 层级累积速率只适用于修复、再植或新建的湿地）。</translation>
        </message>
        <message>
            <source>The point estimate of {what} for {area} lies outside the 2.5-97.5 percentiles of its Monte Carlo draws; the interval shown was widened to include it.</source>
            <translation>{area} 的 {what} 点估计位于其蒙特卡罗抽样的 2.5–97.5 百分位之外；所示区间已扩展以包含它。</translation>
        </message>
        <message>
            <source>The areas have no extent (empty geometries): every total is zero.</source>
            <translation>各区域没有范围（几何为空）：所有合计均为零。</translation>
        </message>
        <message>
            <source>No mapped habitat lies inside any area, so every stock and uptake is zero: the areas fall on raster nodata or outside the raster. Check that the areas and the raster cover the same place (a layer with a wrong CRS puts its features far away).</source>
            <translation>任何区域内都没有已制图生境，因此所有碳储量和吸收量均为零：区域落在栅格无数据处或栅格之外。请检查区域与栅格是否覆盖同一地点（CRS 错误的图层会把要素放到很远的地方）。</translation>
        </message>
        <message>
            <source>The mapped classes inside the areas ({classes}) all have zero carbon density in the table, so the stock is zero.</source>
            <translation>区域内已制图的类别（{classes}）在密度表中的碳密度均为零，因此碳储量为零。</translation>
        </message>
        <message>
            <source>Carbon stock in each pool and yearly CO2 uptake per project area, from a habitat class raster and a table of carbon densities per class.

Areas are exact: a pixel partly inside a polygon counts by the fraction of its area inside, and all areas are true areas on the ellipsoid of the raster's CRS, whatever the CRS. Polygons in another CRS are densified and reprojected to the raster's CRS. polygon_ha is the polygon's ellipsoidal area: area_ha (mapped habitat) + unmapped_ha (nodata or outside the raster) = polygon_ha.

Formulas: stock_tc = Σ area_ha × (agb + bgb + dead + soil); uptake_tc_yr = Σ uptake area_ha × seq; CO2e = C × 44/12.

Climate zone: IPCC 2013 Tier 1 mangrove biomass and root:shoot ratios differ for tropical wet, tropical dry and subtropical mangroves. By default each area's zone follows the latitude of its centre (inside the tropics, |latitude| ≤ 23.44°: tropical wet, or tropical dry with the second automatic choice; outside: subtropical); set the zone explicitly where the local climate says otherwise (the coasts of Guangdong and Guangxi lie just inside the Tropic of Cancer although their mangroves are usually called subtropical). A table of your own may carry a climate_zone column; without one its values hold everywhere.

Country: with COUNTRY (ISO 3166 alpha-3 code, or the English or Chinese name: CHN, China, 中国) the mangrove AGB, BGB and soil densities come from the per-country table of the Mangrove Carbon App (Global Wetlands Project, MIT licence; Adame et al. 2018, 2020; Global Mangrove Watch extent): a Tier 2 choice from mapped country data, better than the global Tier 1 mean where it exists. The other classes and the mangrove accumulation rate keep their rows. That table has no uncertainty bounds: each pool keeps the relative Tier 1 range around the country value.

Uptake basis: (0) the accumulation rate on all habitat area, as national ocean-sink inventories do; (1) IPCC 2013 Tier 1: the Table 4.12 rates only on restored, revegetated or created wetland, given by RESTORED (polygons, or a raster whose non-zero cells are restored), zero elsewhere.

Map error: with a labelled stratified sample of the class map (REFERENCE, REF_FIELD, as for the accuracy assessment) each area's class areas are also adjusted: adjusted_ha_j = Σ_i mapped_ha_i × p(j | i), p(j | i) = the sample's share of reference class j among the points of map class i (Olofsson et al. 2014). This assumes that the map's errors inside the areas are those of the whole map. Stocks and uptake are then also given on the adjusted areas (_adj fields), and their intervals include map error: each iteration draws the conditional proportions of each map class from their Dirichlet posterior together with the densities.

Uncertainty: each density with bounds is drawn once per iteration for all areas, from the distribution its table row names (dist column): normal for symmetric 95% bounds (truncated at 0), lognormal with the value as median for skewed 95% bounds, and for the observed minimum–maximum ranges of the default table a Beta-PERT over the range whose median is the Tier 1 value. The _lo/_hi fields are the 2.5–97.5 percentiles; the headline values are the point estimates from the central values, and the report also gives the Monte Carlo median. By default draws are added in batches until the bounds are stable (JCGM 101:2008, 7.9); the draws used are printed. A seed reproduces the draws only within one NumPy version.

Overlapping areas count fully in each area's own row; the grand totals count overlapping ground once and the overlap is reported.

The default density table holds IPCC 2013 Wetlands Supplement Tier 1 values for the plugin's standard classes (1 open water, 2 tidal flat, 3 mangrove, 4 salt marsh, 5 seagrass, 6 seaweed/macroalgae, 7 floating mariculture, 8 aquaculture ponds, 9 other land), with the source and its verification status on every row.</source>
            <translation>按项目区域计算各碳库的碳储量和每年的 CO2 吸收量，依据生境类别栅格和各类别的碳密度表。

面积精确计算：部分位于多边形内的像元按其位于多边形内的面积比例计算；无论采用何种 CRS，所有面积都是栅格 CRS 椭球面上的真实面积。其他 CRS 的多边形先加密节点，再重投影到栅格的 CRS。polygon_ha 为多边形的椭球面积：area_ha（已制图生境）+ unmapped_ha（无数据或位于栅格之外）= polygon_ha。

公式：stock_tc = Σ area_ha × (agb + bgb + dead + soil)；uptake_tc_yr = Σ 吸收面积 area_ha × seq；CO2e = C × 44/12。

气候带：IPCC 2013 第 1 层级的红树林生物量和根冠比在热带湿润、热带干旱和亚热带红树林之间不同。默认情况下，各区域的气候带按其中心纬度确定（热带内，|纬度| ≤ 23.44°：热带湿润，选第二个自动选项时为热带干旱；热带外：亚热带）；若当地气候不同，请明确设置气候带（广东、广西海岸位于北回归线以南不远，但其红树林通常称为亚热带红树林）。自定义的表可以带 climate_zone 列；没有该列时，其数值适用于所有地方。

国家：设置 COUNTRY（ISO 3166 三字母代码，或英文或中文名称：CHN、China、中国）后，红树林地上生物量、地下生物量和土壤碳密度取自 Mangrove Carbon App 的国家表（Global Wetlands Project，MIT 许可；Adame 等 2018、2020；Global Mangrove Watch 范围）：这是基于国家制图数据的第 2 层级选择，在有数据时优于全球第 1 层级均值。其他类别和红树林累积速率沿用原有的行。该表没有不确定性界限：各碳库围绕国家数值沿用第 1 层级的相对范围。

吸收量基础：(0) 累积速率用于全部生境面积，与国家海洋碳汇清单的做法相同；(1) IPCC 2013 第 1 层级：表 4.12 的速率只用于修复、再植或新建的湿地，由 RESTORED 给出（多边形，或非零像元表示已修复的栅格），其他地方为零。

制图误差：提供类别图的已标注分层样本（REFERENCE、REF_FIELD，与精度评价相同）后，各区域的类别面积也会校正：adjusted_ha_j = Σ_i mapped_ha_i × p(j | i)，p(j | i) = 样本中制图类别 i 的样点里参考类别为 j 的比例（Olofsson 等，2014）。这里假设区域内的制图误差与整幅地图相同。碳储量和吸收量随后也按校正面积给出（_adj 字段），其区间包含制图误差：每次迭代将各制图类别的条件比例按其 Dirichlet 后验分布与密度一同抽样。

不确定性：每个带界限的密度在每次迭代中为所有区域抽样一次，所用分布由表中该行指定（dist 列）：对称的 95% 界限用正态分布（在 0 处截断），偏斜的 95% 界限用以数值为中位数的对数正态分布，默认表中的观测最小–最大范围用中位数等于第 1 层级数值的 Beta-PERT 分布。_lo/_hi 字段为 2.5–97.5 百分位；标题数值为由中心值得到的点估计，报告同时给出蒙特卡罗中位数。默认按批次增加抽样，直到界限稳定（JCGM 101:2008，第 7.9 节）；会输出所用抽样次数。随机种子只在同一 NumPy 版本内重现相同的抽样。

重叠区域在各自的行中完整计算；总计中重叠的地面只计算一次，并报告重叠面积。

默认密度表包含插件标准类别（1 开阔水域、2 潮滩、3 红树林、4 盐沼、5 海草床、6 海藻/大型藻类、7 浮筏养殖、8 养殖池塘、9 其他陆地）的 IPCC 2013 湿地增补指南第 1 层级数值，每行都注明来源及其核实状态。</translation>
        </message>
        <message>
            <source>Automatic from latitude: tropical wet inside the tropics, subtropical outside</source>
            <translation>按纬度自动：热带内为热带湿润，热带外为亚热带</translation>
        </message>
        <message>
            <source>Automatic from latitude: tropical dry inside the tropics, subtropical outside</source>
            <translation>按纬度自动：热带内为热带干旱，热带外为亚热带</translation>
        </message>
        <message>
            <source>Tropical wet</source>
            <translation>热带湿润</translation>
        </message>
        <message>
            <source>Tropical dry</source>
            <translation>热带干旱</translation>
        </message>
        <message>
            <source>Subtropical</source>
            <translation>亚热带</translation>
        </message>
        <message>
            <source>Total carbon stock on area-adjusted areas (t CO2e)</source>
            <translation>面积校正后的碳储量合计（t CO2e）</translation>
        </message>
        <message>
            <source>Total carbon stock on area-adjusted areas, 95% low (t CO2e)</source>
            <translation>面积校正后的碳储量合计，95% 下限（t CO2e）</translation>
        </message>
        <message>
            <source>Total carbon stock on area-adjusted areas, 95% high (t CO2e)</source>
            <translation>面积校正后的碳储量合计，95% 上限（t CO2e）</translation>
        </message>
        <message>
            <source>Monte Carlo draws used</source>
            <translation>所用蒙特卡罗抽样次数</translation>
        </message>
        <message>
            <source>CSV with columns class_value, class_name, agb_tc_ha, bgb_tc_ha, dead_tc_ha, soil_tc_ha, seq_tc_ha_yr, source, and optional &lt;column&gt;_lo/&lt;column&gt;_hi bounds, climate_zone, dist (auto, normal, lognormal, pert, pert_median, triangular, fixed) or &lt;column&gt;_dist, and verified. Empty: the shipped IPCC 2013 Tier 1 table.</source>
            <translation>CSV 文件，列为 class_value、class_name、agb_tc_ha、bgb_tc_ha、dead_tc_ha、soil_tc_ha、seq_tc_ha_yr、source，可选 &lt;列名&gt;_lo/&lt;列名&gt;_hi 界限、climate_zone、dist（auto、normal、lognormal、pert、pert_median、triangular、fixed）或 &lt;列名&gt;_dist，以及 verified。留空：使用随插件提供的 IPCC 2013 第 1 层级表。</translation>
        </message>
        <message>
            <source>ISO 3166 alpha-3 code or English or Chinese country name (CHN, China, 中国): mangrove AGB, BGB and soil densities from the per-country table (Tier 2 from mapped data) instead of Tier 1. Empty: the density table's mangrove rows.</source>
            <translation>ISO 3166 三字母代码或国家的英文或中文名称（CHN、China、中国）：红树林地上生物量、地下生物量和土壤碳密度取自国家表（基于制图数据的第 2 层级），而非第 1 层级。留空：使用密度表的红树林行。</translation>
        </message>
        <message>
            <source>Selects the climate-zone rows of the density table (mangrove biomass). Automatic: from the latitude of each area's centre.</source>
            <translation>选择密度表中的气候带行（红树林生物量）。自动：按各区域中心的纬度确定。</translation>
        </message>
        <message>
            <source>IPCC's Tier 1 accumulation rates are meant for rewetted, revegetated or created wetlands; with basis 1 the uptake counts only inside the restored areas.</source>
            <translation>IPCC 第 1 层级累积速率适用于再湿润、再植或新建的湿地；选择基础 1 时，只计算修复区域内的吸收量。</translation>
        </message>
        <message>
            <source>Where habitat was restored, revegetated or created: polygons, or a raster whose non-zero cells are restored. Needed with uptake basis 1.</source>
            <translation>生境被修复、再植或新建的位置：多边形，或非零像元表示已修复的栅格。吸收量基础 1 时必需。</translation>
        </message>
        <message>
            <source>Labelled points of a stratified sample of the habitat raster (as made by the sampling design tool): with them, class areas are adjusted for map error and _adj results are added.</source>
            <translation>生境栅格分层抽样的已标注样点（如抽样设计工具生成的样点）：提供后，类别面积按制图误差校正，并增加 _adj 结果。</translation>
        </message>
        <message>
            <source>Draws of one batch (JCGM 101: at least 10,000 for 95% intervals).</source>
            <translation>每批次抽样次数（JCGM 101：95% 区间至少 10,000 次）。</translation>
        </message>
        <message>
            <source>Adaptive Monte Carlo of JCGM 101:2008 7.9: batches are added until the mean, standard deviation and 95% bounds of the grand totals are stable to two significant digits of their standard uncertainty (at most 2,000,000 draws). Off: exactly one batch.</source>
            <translation>JCGM 101:2008 第 7.9 节的自适应蒙特卡罗：不断增加批次，直到总计的均值、标准差和 95% 界限在其标准不确定度的两位有效数字上稳定（最多 2,000,000 次抽样）。关闭：只抽一个批次。</translation>
        </message>
        <message>
            <source>Seed of the Monte Carlo draws: the same seed gives the same draws with the same NumPy version (NumPy does not promise the same random streams across its versions).</source>
            <translation>蒙特卡罗抽样的随机种子：同一种子在同一 NumPy 版本下给出相同的抽样（NumPy 不保证不同版本间随机序列相同）。</translation>
        </message>
        <message>
            <source>The areas with their attributes plus polygon, mapped and unmapped areas (ha), pools (t C), stock and uptake (t CO2e) with 95% intervals, on mapped and (with a reference sample) adjusted areas.</source>
            <translation>各区域及其属性，加上多边形面积、已制图面积和未制图面积（ha）、碳库（t C）、碳储量和吸收量（t CO2e）及其 95% 区间，分别基于制图面积和（有参考样本时）校正面积。</translation>
        </message>
        <message>
            <source>One row per area and habitat class: mapped and adjusted areas, stock, uptake and the density set used (density_source).</source>
            <translation>每个区域和生境类别一行：制图面积和校正面积、碳储量、吸收量及所用密度集（density_source）。</translation>
        </message>
        <message>
            <source>on restored area only (IPCC Tier 1)</source>
            <translation>仅计修复面积（IPCC 第 1 层级）</translation>
        </message>
        <message>
            <source>on all habitat area</source>
            <translation>计全部生境面积</translation>
        </message>
        <message>
            <source>Restored areas (polygons or raster)</source>
            <translation>修复区域（多边形或栅格）</translation>
        </message>
        <message>
            <source>Reference sample points (map error)</source>
            <translation>参考样点（制图误差）</translation>
        </message>
        <message>
            <source>Monte Carlo draws per batch (0 = no interval)</source>
            <translation>每批次蒙特卡罗抽样次数（0 = 不计算区间）</translation>
        </message>
        <message>
            <source>Add batches until the intervals are stable</source>
            <translation>不断增加批次直到区间稳定</translation>
        </message>
        <message>
            <source>habitat raster</source>
            <translation>生境栅格</translation>
        </message>
        <message>
            <source>Uptake basis 1 (IPCC Tier 1) counts uptake only on restored, revegetated or created area: give those areas as RESTORED (polygons or a raster), or choose uptake basis 0.</source>
            <translation>吸收量基础 1（IPCC 第 1 层级）只计算修复、再植或新建面积上的吸收量：请以 RESTORED（多边形或栅格）给出这些区域，或选择吸收量基础 0。</translation>
        </message>
        <message>
            <source>Accumulation rate on all habitat area (national sink inventories)</source>
            <translation>累积速率用于全部生境面积（国家碳汇清单）</translation>
        </message>
        <message>
            <source>IPCC 2013 Tier 1: rates only on restored, revegetated or created area</source>
            <translation>IPCC 2013 第 1 层级：速率只用于修复、再植或新建的面积</translation>
        </message>
        <message>
            <source>Density table: {path} ({n} rows)</source>
            <translation>密度表：{path}（{n} 行）</translation>
        </message>
        <message>
            <source>Total stock {s:,.1f} t C ({c:,.1f} t CO2e); uptake {u:,.2f} t CO2e/yr {basis} over {a:,.2f} ha of mapped habitat.</source>
            <translation>碳储量合计 {s:,.1f} t C（{c:,.1f} t CO2e）；吸收量 {u:,.2f} t CO2e/yr，{basis}，已制图生境 {a:,.2f} ha。</translation>
        </message>
        <message>
            <source>The restored area layer</source>
            <translation>修复区域图层</translation>
        </message>
        <message>
            <source>Uptake basis IPCC 2013 Tier 1: uptake counts only inside {name}.</source>
            <translation>吸收量基础为 IPCC 2013 第 1 层级：只计算 {name} 内的吸收量。</translation>
        </message>
        <message>
            <source>The project area layer has no field {field}; its fields are: {fields}. Choose one of them as the area identifier field, or leave it empty to use the feature ids.</source>
            <translation>项目区域图层没有字段 {field}；其字段为：{fields}。请从中选择一个作为区域标识字段，或留空以使用要素 ID。</translation>
        </message>
        <message>
            <source>Reference sample {layer} ({n} points, field {field}): class areas are adjusted with p(reference | map) of each map class.</source>
            <translation>参考样本 {layer}（{n} 个样点，字段 {field}）：类别面积按各制图类别的 p(参考 | 制图) 校正。</translation>
        </message>
        <message>
            <source>Monte Carlo: {n:,} draws{how}.</source>
            <translation>蒙特卡罗：{n:,} 次抽样{how}。</translation>
        </message>
        <message>
            <source>On area-adjusted areas: stock {c:,.1f} t CO2e; uptake {u:,.2f} t CO2e/yr.</source>
            <translation>按校正面积：碳储量 {c:,.1f} t CO2e；吸收量 {u:,.2f} t CO2e/yr。</translation>
        </message>
        <message>
            <source>Area {id}: centre at latitude {lat:.2f}°, climate zone {zone}.</source>
            <translation>区域 {id}：中心纬度 {lat:.2f}°，气候带 {zone}。</translation>
        </message>
        <message>
            <source>Map class {cls} has no point in the reference sample: its area cannot be adjusted and is kept as mapped.</source>
            <translation>制图类别 {cls} 在参考样本中没有样点：其面积无法校正，保持制图面积。</translation>
        </message>
        <message>
            <source>The restored area layer {name} is neither polygons nor a raster.</source>
            <translation>修复区域图层 {name} 既不是多边形也不是栅格。</translation>
        </message>
        <message>
            <source>{country} has no mangroves in the per-country table; the mangrove densities stay those of the density table.</source>
            <translation>{country} 在国家表中没有红树林；红树林密度仍采用密度表的数值。</translation>
        </message>
        <message>
            <source>Mangrove densities of {country} ({iso}): AGB {agb} + BGB {bgb} + soil {soil} t C/ha (Mangrove Carbon App, {year}).</source>
            <translation>{country}（{iso}）的红树林密度：地上生物量 {agb} + 地下生物量 {bgb} + 土壤 {soil} t C/ha（Mangrove Carbon App，{year}）。</translation>
        </message>
        <message>
            <source>Area {id} lies within 3° of the tropic ({lat:.2f}°): its automatic climate zone ({zone}) may not match the local climate; set the climate zone explicitly if it does not.</source>
            <translation>区域 {id} 距回归线不足 3°（{lat:.2f}°）：其自动气候带（{zone}）可能与当地气候不符；如不符，请明确设置气候带。</translation>
        </message>
        <message>
            <source> (stable to two significant digits)</source>
            <translation>（已稳定到两位有效数字）</translation>
        </message>
        <message>
            <source> (limit reached before the bounds were stable)</source>
            <translation>（达到上限时界限尚未稳定）</translation>
        </message>
        <message>
            <source>The stock density raster uses the {zone} rows.</source>
            <translation>碳密度栅格采用{zone}行。</translation>
        </message>
        <message>
            <source>normal (95 % bounds, truncated at 0)</source>
            <translation>正态分布（95% 界限，在 0 处截断）</translation>
        </message>
        <message>
            <source>lognormal, median = value</source>
            <translation>对数正态分布，中位数 = 数值</translation>
        </message>
        <message>
            <source>Beta-PERT over the range, mode = value</source>
            <translation>范围上的 Beta-PERT 分布，众数 = 数值</translation>
        </message>
        <message>
            <source>Beta-PERT over the observed range, median = value</source>
            <translation>观测范围上的 Beta-PERT 分布，中位数 = 数值</translation>
        </message>
        <message>
            <source>triangular over the range, mode = value</source>
            <translation>范围上的三角分布，众数 = 数值</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>固定值</translation>
        </message>
        <message>
            <source>The reference sample labels class(es) {missing}, which the area adjustment moves into the areas, but the density table {path} has no row for them. Add rows for these classes to the table, or set 'Classes missing from the table' to count them as carbon-free.</source>
            <translation>参考样本标注了类别 {missing}，面积校正会把它们移入区域，但密度表 {path} 中没有这些类别的行。请在表中为这些类别添加行，或将“碳密度表中缺少的类型”设为“按零碳计入并报告其面积”。</translation>
        </message>
    </context>
</TS>