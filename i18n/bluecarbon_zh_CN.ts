<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Blue Carbon</source>
            <translation>蓝碳</translation>
        </message>
        <message>
            <source>Habitat mapping</source>
            <translation>生境制图</translation>
        </message>
        <message>
            <source>Carbon accounting</source>
            <translation>碳核算</translation>
        </message>
        <message>
            <source>Mariculture</source>
            <translation>海水养殖</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>The run was canceled; no output was written.</source>
            <translation>运行已取消；未写出任何输出。</translation>
        </message>
        <message>
            <source>{what} has no coordinate reference system. Set its CRS (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}没有坐标参考系。请设置其坐标参考系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
        <message>
            <source>{what} has no features; nothing to account for.</source>
            <translation>{what}没有要素，无可核算内容。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has no geometry; its areas are zero.</source>
            <translation>{what}的要素 {fid} 没有几何图形，其面积记为零。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has an invalid geometry; it was repaired (check its outline).</source>
            <translation>{what}的要素 {fid} 几何无效，已自动修复（请检查其边界）。</translation>
        </message>
        <message>
            <source>Blue Carbon: coastal habitat maps to carbon accounts</source>
            <translation>蓝碳：由海岸带生境图到碳核算</translation>
        </message>
        <message>
            <source>Blue carbon stocks and uptake</source>
            <translation>蓝碳储量与年吸收量</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Habitat raster</source>
            <translation>生境栅格</translation>
        </message>
        <message>
            <source>Raster CRS</source>
            <translation>栅格坐标参考系</translation>
        </message>
        <message>
            <source>Pixel size</source>
            <translation>像元大小</translation>
        </message>
        <message>
            <source>Project areas</source>
            <translation>项目区</translation>
        </message>
        <message>
            <source>Density table</source>
            <translation>碳密度表</translation>
        </message>
        <message>
            <source>Monte Carlo iterations</source>
            <translation>蒙特卡洛迭代次数</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Method and formulas</source>
            <translation>方法与公式</translation>
        </message>
        <message>
            <source>Carbon densities and their sources</source>
            <translation>碳密度及其来源</translation>
        </message>
        <message>
            <source>Carbon by project area</source>
            <translation>各项目区碳量</translation>
        </message>
        <message>
            <source>Mapped habitat area (ha)</source>
            <translation>已制图生境面积（公顷）</translation>
        </message>
        <message>
            <source>Unmapped area (ha)</source>
            <translation>未制图面积（公顷）</translation>
        </message>
        <message>
            <source>Overlap between areas, counted once (ha)</source>
            <translation>区域重叠面积，仅计一次（公顷）</translation>
        </message>
        <message>
            <source>Carbon stock (t C)</source>
            <translation>碳储量（t C）</translation>
        </message>
        <message>
            <source>Carbon stock (t CO2e)</source>
            <translation>碳储量（t CO2e）</translation>
        </message>
        <message>
            <source>Yearly uptake (t C/yr)</source>
            <translation>年吸收量（t C/年）</translation>
        </message>
        <message>
            <source>Yearly uptake (t CO2e/yr)</source>
            <translation>年吸收量（t CO2e/年）</translation>
        </message>
        <message>
            <source>Grand totals (overlapping ground counted once)</source>
            <translation>总计（重叠区域仅计一次）</translation>
        </message>
        <message>
            <source>not in the density table</source>
            <translation>不在碳密度表中</translation>
        </message>
        <message>
            <source>Stock by habitat class</source>
            <translation>按生境类型的碳储量</translation>
        </message>
        <message>
            <source>Map of the areas over the habitat map</source>
            <translation>项目区与生境图</translation>
        </message>
        <message>
            <source>band</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Areas are the true areas on the ellipsoid of the raster's CRS; a pixel partly inside an area counts by the fraction of its area inside.</source>
            <translation>面积为栅格坐标参考系椭球面上的真实面积；部分位于区域内的像元按其落在区域内的面积比例计入。</translation>
        </message>
        <message>
            <source>Uncertainty: each class density with a 95% interval [lo, hi] is drawn from a normal distribution with sd = (hi − lo)/3.92, truncated at 0, once per iteration for all areas; the interval reported is the 2.5–97.5 percentile of the totals.</source>
            <translation>不确定性：凡给出95%区间 [lo, hi] 的类型碳密度，均按均值为该值、标准差 sd = (hi − lo)/3.92、在0处截断的正态分布抽样，每次迭代对所有区域共用同一抽样；报告的区间为总量的2.5–97.5百分位数。</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>degrees</source>
            <translation>度</translation>
        </message>
        <message>
            <source>CRS units</source>
            <translation>坐标系单位</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95%区间</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>量</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Density table row {row}: class_value '{value}' is not an integer.</source>
            <translation>碳密度表第 {row} 行：class_value“{value}”不是整数。</translation>
        </message>
        <message>
            <source>Density table row {row}: class {value} appears twice.</source>
            <translation>碳密度表第 {row} 行：类型 {value} 重复出现。</translation>
        </message>
        <message>
            <source>Density table row {row}, column '{column}': densities cannot be negative ({value}).</source>
            <translation>碳密度表第 {row} 行“{column}”列：碳密度不能为负（{value}）。</translation>
        </message>
        <message>
            <source>The raster {path} has {count} band(s); band {band} does not exist.</source>
            <translation>栅格 {path} 有 {count} 个波段；波段 {band} 不存在。</translation>
        </message>
        <message>
            <source>The habitat raster must hold integer class values, but band {band} of {path} is {dtype}. Convert it to an integer type (for example with gdal_translate -ot Byte) or use a class map.</source>
            <translation>生境栅格必须是整数类型值，但 {path} 的波段 {band} 为 {dtype}。请转换为整数类型（例如 gdal_translate -ot Byte）或使用分类图。</translation>
        </message>
        <message>
            <source>The raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
            <translation>栅格 {path} 没有坐标参考系。请为其指定坐标参考系（栅格 &gt; 投影 &gt; 指定投影）后重新运行。</translation>
        </message>
        <message>
            <source>The raster {path} is rotated or sheared; warp it to a north-up grid first (gdalwarp).</source>
            <translation>栅格 {path} 存在旋转或错切；请先重采样为正北朝上的格网（gdalwarp）。</translation>
        </message>
        <message>
            <source>The raster {path} is stored south-up; warp it to a north-up grid first.</source>
            <translation>栅格 {path} 为南朝上存储；请先重采样为正北朝上的格网。</translation>
        </message>
        <message>
            <source>Cannot open the raster {path}: {error}</source>
            <translation>无法打开栅格 {path}：{error}</translation>
        </message>
        <message>
            <source>The raster's CRS ({crs}) gives no valid area scale over the raster; reproject the habitat raster to a projected or geographic CRS that covers it.</source>
            <translation>栅格的坐标参考系（{crs}）在栅格范围内无法给出有效的面积比例；请将生境栅格重投影到覆盖该范围的投影或地理坐标系。</translation>
        </message>
        <message>
            <source>Raster outputs are written as GeoTIFF; give a file name ending in .tif ({path}).</source>
            <translation>栅格输出为 GeoTIFF 格式；请使用以 .tif 结尾的文件名（{path}）。</translation>
        </message>
        <message>
            <source>The habitat raster has class(es) {missing} inside the areas, but the density table {path} has no row for them. Add rows for these classes to the table, or set 'Classes missing from the table' to count them as carbon-free.</source>
            <translation>生境栅格在项目区内含有类型 {missing}，但碳密度表 {path} 中没有这些类型。请在表中补充这些类型，或将“碳密度表中缺少的类型”设为按零碳计入。</translation>
        </message>
        <message>
            <source>Class(es) {classes} are not in the density table and were counted as carbon-free ({ha:.2f} ha).</source>
            <translation>类型 {classes} 不在碳密度表中，已按零碳计入（{ha:.2f} 公顷）。</translation>
        </message>
        <message>
            <source>Some areas overlap ({ha:.2f} ha): each area's row counts its whole ground, the grand totals count overlapping ground once.</source>
            <translation>部分区域相互重叠（{ha:.2f} 公顷）：各区域行按其全部范围计算，总计中重叠区域仅计一次。</translation>
        </message>
        <message>
            <source>{ha:.2f} ha of the areas is unmapped (raster nodata or outside the raster) and holds no carbon in this account.</source>
            <translation>项目区中有 {ha:.2f} 公顷未制图（栅格无数据或在栅格范围外），本次核算中不计碳量。</translation>
        </message>
        <message>
            <source>Area {n} does not overlap any mapped pixel of the habitat raster; its carbon is zero.</source>
            <translation>区域 {n} 未覆盖生境栅格中任何已制图像元，其碳量为零。</translation>
        </message>
        <message>
            <source>Carbon stocks and uptake by area</source>
            <translation>分区碳储量与年吸收量</translation>
        </message>
        <message>
            <source>Carbon stock in each pool and yearly CO2 uptake per project area, from a habitat class raster and a table of carbon densities per class.

Areas are exact: a pixel partly inside a polygon counts by the fraction of its area inside, and all areas are true areas on the ellipsoid of the raster's CRS, whatever the CRS. Polygons in another CRS are densified and reprojected to the raster's CRS.

Formulas: stock_tc = Σ area_ha × (agb + bgb + dead + soil); uptake_tc_yr = Σ area_ha × seq; CO2e = C × 44/12.

Uncertainty: a density with bounds lo/hi (its 95% interval) is drawn from a normal with sd = (hi − lo)/3.92 truncated at 0, once per iteration for all areas; the 2.5–97.5 percentiles give the _lo and _hi fields. Densities without bounds are fixed.

Overlapping areas count fully in each area's own row; the grand totals count overlapping ground once and the overlap is reported.

The default density table holds IPCC 2013 Wetlands Supplement Tier 1 values for the plugin's standard classes (1 open water, 2 tidal flat, 3 mangrove, 4 salt marsh, 5 seagrass, 6 seaweed/macroalgae, 7 floating mariculture, 8 aquaculture ponds, 9 other land), with the source on every row.</source>
            <translation>由生境分类栅格和各类型碳密度表，计算每个项目区各碳库的碳储量及每年的 CO2 吸收量。

面积精确：部分位于面内的像元按其落在面内的面积比例计入；无论何种坐标参考系，所有面积均为栅格坐标参考系椭球面上的真实面积。其他坐标参考系的面要素先加密节点再重投影到栅格坐标参考系。

公式：stock_tc = Σ area_ha × (agb + bgb + dead + soil)；uptake_tc_yr = Σ area_ha × seq；CO2e = C × 44/12。

不确定性：给出上下限 lo/hi（95%区间）的碳密度按标准差 sd = (hi − lo)/3.92、在0处截断的正态分布抽样，每次迭代所有区域共用同一抽样；2.5–97.5百分位数给出 _lo 与 _hi 字段。未给出上下限的碳密度视为固定值。

相互重叠的区域在各自的行中按全部范围计算；总计中重叠区域仅计一次，并报告重叠面积。

默认碳密度表为插件标准类型（1 开阔水域、2 潮滩、3 红树林、4 盐沼、5 海草床、6 海藻/大型藻类、7 浮筏养殖、8 养殖池塘、9 其他陆地）的 IPCC 2013 湿地增补指南第1层级值，每行注明来源。</translation>
        </message>
        <message>
            <source>Mapped habitat area of all areas, overlaps once (ha)</source>
            <translation>全部区域已制图生境面积，重叠仅计一次（公顷）</translation>
        </message>
        <message>
            <source>Unmapped area of all areas (ha)</source>
            <translation>全部区域未制图面积（公顷）</translation>
        </message>
        <message>
            <source>Total carbon stock (t C)</source>
            <translation>总碳储量（t C）</translation>
        </message>
        <message>
            <source>Area where project areas overlap (ha)</source>
            <translation>项目区相互重叠的面积（公顷）</translation>
        </message>
        <message>
            <source>Integer class raster (for example from the habitat mapping tools). Nodata and pixels outside the raster count as unmapped.</source>
            <translation>整数类型的生境分类栅格（例如来自生境制图工具）。无数据像元及栅格范围以外的部分计为未制图。</translation>
        </message>
        <message>
            <source>Band that holds the class values (default 1).</source>
            <translation>存放类型值的波段（默认 1）。</translation>
        </message>
        <message>
            <source>Polygons to account for, in any CRS; multipolygons and overlaps are allowed.</source>
            <translation>待核算的面要素，可为任意坐标参考系；允许多部件面和相互重叠。</translation>
        </message>
        <message>
            <source>Field that names each area in the per-class table and the report; the feature id when empty.</source>
            <translation>在分类型表和报告中标识各区域的字段；留空时使用要素ID。</translation>
        </message>
        <message>
            <source>CSV with columns class_value, class_name, agb_tc_ha, bgb_tc_ha, dead_tc_ha, soil_tc_ha, seq_tc_ha_yr, source, and optional &lt;column&gt;_lo/&lt;column&gt;_hi 95% bounds. Empty: the shipped IPCC 2013 Tier 1 table.</source>
            <translation>CSV 文件，列为 class_value、class_name、agb_tc_ha、bgb_tc_ha、dead_tc_ha、soil_tc_ha、seq_tc_ha_yr、source，可选 &lt;列名&gt;_lo/&lt;列名&gt;_hi 作为95%区间上下限。留空则使用插件自带的 IPCC 2013 第1层级表。</translation>
        </message>
        <message>
            <source>What to do with raster classes inside the areas that the density table lacks.</source>
            <translation>项目区内出现碳密度表中没有的栅格类型时的处理方式。</translation>
        </message>
        <message>
            <source>Number of draws for the 95% intervals.</source>
            <translation>计算95%区间的抽样次数。</translation>
        </message>
        <message>
            <source>Seed of the Monte Carlo draws; the same seed gives the same intervals.</source>
            <translation>蒙特卡洛抽样的随机种子；相同种子给出相同区间。</translation>
        </message>
        <message>
            <source>The areas with their attributes plus areas (ha), pools (t C), stock and uptake (t CO2e) with 95% intervals.</source>
            <translation>项目区及其原有属性，另加面积（公顷）、各碳库（t C）、碳储量与年吸收量（t CO2e）及其95%区间。</translation>
        </message>
        <message>
            <source>One row per area and habitat class.</source>
            <translation>每个区域每种生境类型一行。</translation>
        </message>
        <message>
            <source>Float32 raster of total carbon stock density on the habitat raster's grid.</source>
            <translation>与生境栅格同格网的总碳储量密度栅格（Float32）。</translation>
        </message>
        <message>
            <source>HTML report for a verifier: inputs, method, sources, tables, chart, map, warnings.</source>
            <translation>供核查方使用的 HTML 报告：输入、方法、数据来源、表格、图表、地图与警告。</translation>
        </message>
        <message>
            <source>Stock density raster (t C/ha)</source>
            <translation>碳储量密度栅格（t C/公顷）</translation>
        </message>
        <message>
            <source>Report (HTML)</source>
            <translation>报告（HTML）</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <source>The project area layer</source>
            <translation>项目区图层</translation>
        </message>
        <message>
            <source>Habitat class raster</source>
            <translation>生境分类栅格</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>Area identifier field</source>
            <translation>区域标识字段</translation>
        </message>
        <message>
            <source>Carbon density table (CSV)</source>
            <translation>碳密度表（CSV）</translation>
        </message>
        <message>
            <source>Classes missing from the table</source>
            <translation>碳密度表中缺少的类型</translation>
        </message>
        <message>
            <source>Monte Carlo iterations (0 = no interval)</source>
            <translation>蒙特卡洛迭代次数（0 = 不计算区间）</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Carbon by area</source>
            <translation>分区碳量</translation>
        </message>
        <message>
            <source>Carbon by area and class</source>
            <translation>分区分类型碳量</translation>
        </message>
        <message>
            <source>Fail and list them</source>
            <translation>报错并列出这些类型</translation>
        </message>
        <message>
            <source>Count them as carbon-free and report their area</source>
            <translation>按零碳计入并报告其面积</translation>
        </message>
        <message>
            <source>Density table: {path} ({n} classes)</source>
            <translation>碳密度表：{path}（{n} 个类型）</translation>
        </message>
        <message>
            <source>Total stock {s:,.1f} t C ({c:,.1f} t CO2e); uptake {u:,.2f} t CO2e/yr over {a:,.2f} ha of mapped habitat.</source>
            <translation>总碳储量 {s:,.1f} t C（{c:,.1f} t CO2e）；年吸收量 {u:,.2f} t CO2e/年；已制图生境面积 {a:,.2f} 公顷。</translation>
        </message>
        <message>
            <source>This algorithm needs the Python package '{pip}', which QGIS cannot import ({error}). Install it and restart QGIS: on Debian or Ubuntu run 'sudo apt install {deb}'; on Windows open the OSGeo4W Shell and run 'python -m pip install {pip}'; on macOS run '/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {pip}'.</source>
            <translation>此算法需要 Python 包“{pip}”，但 QGIS 无法导入（{error}）。请安装后重启 QGIS：Debian 或 Ubuntu 上运行“sudo apt install {deb}”；Windows 上打开 OSGeo4W Shell 运行“python -m pip install {pip}”；macOS 上运行“/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {pip}”。</translation>
        </message>
        <message>
            <source>The target standard error must be between 0 and 1 (got {value}).</source>
            <translation>目标标准误必须在0与1之间（当前为 {value}）。</translation>
        </message>
        <message>
            <source>The map has no mapped area; check the raster and its nodata value.</source>
            <translation>分类图没有已制图面积；请检查栅格及其无数据值。</translation>
        </message>
        <message>
            <source>Map accuracy and area-adjusted class areas</source>
            <translation>分类图精度与面积校正后的类型面积</translation>
        </message>
        <message>
            <source>Class map</source>
            <translation>分类图</translation>
        </message>
        <message>
            <source>Reference points</source>
            <translation>参考点</translation>
        </message>
        <message>
            <source>Reference class field</source>
            <translation>参考类型字段</translation>
        </message>
        <message>
            <source>Reference points used</source>
            <translation>使用的参考点</translation>
        </message>
        <message>
            <source>Reference points skipped</source>
            <translation>跳过的参考点</translation>
        </message>
        <message>
            <source>Inputs and sampling design</source>
            <translation>输入与抽样设计</translation>
        </message>
        <message>
            <source>Error matrix in sample counts (rows: map, columns: reference)</source>
            <translation>样本计数误差矩阵（行：分类图，列：参考）</translation>
        </message>
        <message>
            <source>Error matrix in estimated area proportions</source>
            <translation>按估计面积比例的误差矩阵</translation>
        </message>
        <message>
            <source>Accuracy and area-adjusted areas (± 95% confidence interval)</source>
            <translation>精度与面积校正后的面积（± 95%置信区间）</translation>
        </message>
        <message>
            <source>Mapped and adjusted area</source>
            <translation>制图面积与校正面积</translation>
        </message>
        <message>
            <source>Formulas</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>The estimators assume a stratified random sample with the map classes as strata, as drawn by the sampling design tool; mapped areas are true areas on the ellipsoid.</source>
            <translation>估计量假定样本为以分类图类型为层的分层随机抽样（如抽样设计工具所生成）；制图面积为椭球面上的真实面积。</translation>
        </message>
        <message>
            <source>User's accuracy</source>
            <translation>用户精度</translation>
        </message>
        <message>
            <source>Producer's accuracy</source>
            <translation>生产者精度</translation>
        </message>
        <message>
            <source>Overall accuracy:</source>
            <translation>总体精度：</translation>
        </message>
        <message>
            <source>Map \ reference</source>
            <translation>分类图 \ 参考</translation>
        </message>
        <message>
            <source>Accuracy assessment and area-adjusted areas</source>
            <translation>精度评价与面积校正</translation>
        </message>
        <message>
            <source>Error matrix, overall, user's and producer's accuracy with 95% confidence intervals, and area-adjusted class areas with 95% intervals, from a class map and labelled reference points of a stratified random sample (map classes as strata), following Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57).

Mapped class areas are true ellipsoidal areas, computed by the same code as the carbon stocks tool. Mapped areas are biased by map errors; the adjusted areas (area_j = A × Σ_i W_i n_ij / n_i·) correct that bias, and are the areas to multiply by carbon densities in a verified account.

Points outside the map or on nodata, and points without a reference label, are skipped and counted. A reference class the map lacks is a real omission and is kept. A map class with fewer than two reference points has no variance: no interval is given rather than a wrong one.</source>
            <translation>依据 Olofsson 等（2014，Remote Sensing of Environment 148: 42–57），由分类图和分层随机抽样（以分类图类型为层）的已标注参考点，计算误差矩阵、总体精度、用户精度和生产者精度及其95%置信区间，以及面积校正后的各类型面积及其95%区间。

制图面积为椭球面上的真实面积，与碳储量工具使用同一代码计算。制图面积受分类误差影响而有偏；校正面积（area_j = A × Σ_i W_i n_ij / n_i·）消除了这一偏差，是经核查的碳核算中应与碳密度相乘的面积。

位于分类图范围外或无数据像元上的点，以及没有参考标注的点，将被跳过并计数。分类图中没有的参考类型属于真实的遗漏，予以保留。参考点少于两个的分类图类型无法估计方差：此时不给出区间，而不是给出错误的区间。</translation>
        </message>
        <message>
            <source>Integer class raster that was sampled.</source>
            <translation>被抽样的整数分类栅格。</translation>
        </message>
        <message>
            <source>Labelled sample points, for example from the sampling design tool, in any CRS.</source>
            <translation>已标注的样本点，例如来自抽样设计工具，可为任意坐标参考系。</translation>
        </message>
        <message>
            <source>Field with the reference (true) class of each point, as an integer class value.</source>
            <translation>存放每个点参考（真实）类型的字段，值为整数类型代码。</translation>
        </message>
        <message>
            <source>Field with the map class of each point; when empty the map class is read from the raster.</source>
            <translation>存放每个点分类图类型的字段；留空时从栅格读取。</translation>
        </message>
        <message>
            <source>One row per class: mapped and adjusted areas (ha) with 95% half-widths, user's and producer's accuracy with 95% half-widths.</source>
            <translation>每个类型一行：制图面积与校正面积（公顷）及其95%半宽，用户精度与生产者精度及其95%半宽。</translation>
        </message>
        <message>
            <source>One row per map class: sample counts n_&lt;class&gt; and area proportions p_&lt;class&gt; per reference class.</source>
            <translation>每个分类图类型一行：各参考类型的样本计数 n_&lt;类型&gt; 与面积比例 p_&lt;类型&gt;。</translation>
        </message>
        <message>
            <source>HTML report: design, matrices, accuracies, mapped vs adjusted areas chart, formulas.</source>
            <translation>HTML 报告：抽样设计、误差矩阵、精度、制图面积与校正面积对比图、公式。</translation>
        </message>
        <message>
            <source>The reference point layer</source>
            <translation>参考点图层</translation>
        </message>
        <message>
            <source>Map class field</source>
            <translation>分类图类型字段</translation>
        </message>
        <message>
            <source>Accuracy by class</source>
            <translation>分类型精度</translation>
        </message>
        <message>
            <source>Error matrix</source>
            <translation>误差矩阵</translation>
        </message>
        <message>
            <source>Overall accuracy</source>
            <translation>总体精度</translation>
        </message>
        <message>
            <source>Overall accuracy, 95% half-width</source>
            <translation>总体精度95%半宽</translation>
        </message>
        <message>
            <source>None of the reference points falls on a mapped pixel; check that the points and the map cover the same place.</source>
            <translation>没有任何参考点落在已制图像元上；请检查参考点与分类图是否覆盖同一区域。</translation>
        </message>
        <message>
            <source>Overall accuracy {oa:.3f} ± {ci:.3f} from {n} reference points.</source>
            <translation>总体精度 {oa:.3f} ± {ci:.3f}（{n} 个参考点）。</translation>
        </message>
        <message>
            <source>Reference points are reprojected from {src} to the map's CRS.</source>
            <translation>参考点已由 {src} 重投影到分类图的坐标参考系。</translation>
        </message>
        <message>
            <source>{n} point(s) have no reference class and were skipped.</source>
            <translation>{n} 个点没有参考类型，已跳过。</translation>
        </message>
        <message>
            <source>No reference point is labelled: fill the field {field} with the true class of each point.</source>
            <translation>没有已标注的参考点：请在字段 {field} 中填写每个点的真实类型。</translation>
        </message>
        <message>
            <source>{n} reference point(s) fall outside the map or on nodata and were skipped.</source>
            <translation>{n} 个参考点位于分类图范围外或无数据像元上，已跳过。</translation>
        </message>
        <message>
            <source>Feature {fid}: the reference class '{value}' in field {field} is not a whole number. Label every point with an integer class value.</source>
            <translation>要素 {fid}：字段 {field} 中的参考类型“{value}”不是整数。请用整数类型代码标注每个点。</translation>
        </message>
        <message>
            <source>Feature {fid}: the map class '{value}' in field {field} is not a whole number.</source>
            <translation>要素 {fid}：字段 {field} 中的分类图类型“{value}”不是整数。</translation>
        </message>
        <message>
            <source>Sampling design for accuracy assessment</source>
            <translation>精度评价抽样设计</translation>
        </message>
        <message>
            <source>Draws a stratified random sample of pixels from a class map, with the map classes as strata, for an accuracy assessment following Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57).

Sample size: n = (Σ W_i S_i / S(O))², where W_i is the mapped area share of class i (ellipsoidal areas), S_i = √(U_i (1 − U_i)) with U_i the expected user's accuracy of class i, and S(O) the target standard error of overall accuracy (their eq. 13). Allocation: proportional to area, with at least the minimum per class (rare classes such as mangrove need it).

The output points sit at pixel centres and carry map_class and an empty ref_class: label ref_class from better reference data (field visits, very-high-resolution imagery), then run the accuracy assessment. The same seed gives the same sample.</source>
            <translation>依据 Olofsson 等（2014，Remote Sensing of Environment 148: 42–57），以分类图类型为层，从分类图中抽取分层随机像元样本，用于精度评价。

样本量：n = (Σ W_i S_i / S(O))²，其中 W_i 为类型 i 的制图面积占比（椭球面积），S_i = √(U_i (1 − U_i))，U_i 为类型 i 的预期用户精度，S(O) 为总体精度的目标标准误（原文公式13）。分配：按面积比例分配，每个类型不少于最小样本量（红树林等稀有类型需要）。

输出点位于像元中心，带有 map_class 字段和空的 ref_class 字段：请依据更可靠的参考资料（实地调查、高分辨率影像）填写 ref_class，然后运行精度评价。相同的随机种子得到相同的样本。</translation>
        </message>
        <message>
            <source>Integer class raster to assess (the plugin's or any other).</source>
            <translation>待评价的整数分类栅格（本插件或其他来源）。</translation>
        </message>
        <message>
            <source>S(O) in the sample size formula; 0.01 is Olofsson et al.'s example.</source>
            <translation>样本量公式中的 S(O)；0.01 为 Olofsson 等的示例值。</translation>
        </message>
        <message>
            <source>For example '3:0.7, 5:0.6'; classes not listed get the default below. Lower values for classes that are hard to map give them more samples.</source>
            <translation>例如“3:0.7, 5:0.6”；未列出的类型使用下面的默认值。难以制图的类型取较低值，可获得更多样本。</translation>
        </message>
        <message>
            <source>Expected user's accuracy of classes not listed above.</source>
            <translation>上面未列出类型的预期用户精度。</translation>
        </message>
        <message>
            <source>Each class gets at least this many points (or all its pixels if it has fewer).</source>
            <translation>每个类型至少抽取的点数（像元不足时取全部像元）。</translation>
        </message>
        <message>
            <source>Overrides the computed total sample size when above 0.</source>
            <translation>大于0时代替计算得到的总样本量。</translation>
        </message>
        <message>
            <source>The same seed draws the same sample.</source>
            <translation>相同的随机种子抽取相同的样本。</translation>
        </message>
        <message>
            <source>Points with map_class (stratum), an empty ref_class to label, and the stratum's mapped area.</source>
            <translation>带有 map_class（层）、待标注的空 ref_class 以及该层制图面积的点。</translation>
        </message>
        <message>
            <source>Target standard error of overall accuracy</source>
            <translation>总体精度目标标准误</translation>
        </message>
        <message>
            <source>Expected user's accuracies (class:value, ...)</source>
            <translation>预期用户精度（类型:值, ...）</translation>
        </message>
        <message>
            <source>Default expected user's accuracy</source>
            <translation>默认预期用户精度</translation>
        </message>
        <message>
            <source>Minimum sample size per class</source>
            <translation>每类最小样本量</translation>
        </message>
        <message>
            <source>Total sample size (0 = computed)</source>
            <translation>总样本量（0 = 自动计算）</translation>
        </message>
        <message>
            <source>Sample points</source>
            <translation>样本点</translation>
        </message>
        <message>
            <source>Number of sample points drawn</source>
            <translation>抽取的样本点数</translation>
        </message>
        <message>
            <source>The class map has no mapped pixels (only nodata).</source>
            <translation>分类图没有已制图像元（只有无数据值）。</translation>
        </message>
        <message>
            <source>Sample size {n} (target SE {se}); allocation: {alloc}</source>
            <translation>样本量 {n}（目标标准误 {se}）；分配：{alloc}</translation>
        </message>
        <message>
            <source>Expected user's accuracy {u} for class {cls} must be between 0 and 1.</source>
            <translation>类型 {cls} 的预期用户精度 {u} 必须在0与1之间。</translation>
        </message>
        <message>
            <source>Expected user's accuracies must look like '3:0.7, 5:0.6' (class:accuracy); '{item}' does not.</source>
            <translation>预期用户精度的格式应为“3:0.7, 5:0.6”（类型:精度）；“{item}”不符合。</translation>
        </message>
        <message>
            <source>Class {cls} has only {n} pixels; all of them are in the sample.</source>
            <translation>类型 {cls} 只有 {n} 个像元，已全部纳入样本。</translation>
        </message>
        <message>
            <source>Map class {cls} has no reference sample: its user's accuracy and the intervals that depend on it cannot be estimated.</source>
            <translation>分类图类型 {cls} 没有参考样本：无法估计其用户精度及依赖于它的区间。</translation>
        </message>
        <message>
            <source>Reference class {cls} does not occur in the map: it is an omission, and its area is estimated from the samples of other map classes.</source>
            <translation>参考类型 {cls} 未出现在分类图中：属于遗漏，其面积由其他分类图类型的样本估计。</translation>
        </message>
        <message>
            <source>Map class {cls} has a single reference sample: no variance can be estimated, so no interval is given where it matters. Label at least two (better 50) samples per class.</source>
            <translation>分类图类型 {cls} 只有一个参考样本：无法估计方差，相关区间不予给出。每个类型至少标注两个（最好50个）样本。</translation>
        </message>
        <message>
            <source>Presets know each product's band order and scaling, and find bands by their descriptions when present. Custom uses the band numbers, scale and offset below.</source>
            <translation>预设了各产品的波段顺序与缩放方式，并在有波段描述时据此识别波段。“自定义”使用下面的波段号、比例与偏移。</translation>
        </message>
        <message>
            <source>Sentinel-2 L2A products from processing baseline 04.00 (January 2022) carry an offset of −1000.</source>
            <translation>处理基线 04.00（2022年1月）起的哨兵2号 L2A 产品带有 −1000 的偏移。</translation>
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor.</source>
            <translation>反射率 = DN × 比例 + 偏移，用于“自定义”传感器。</translation>
        </message>
        <message>
            <source>1-based band number, used with the Custom sensor.</source>
            <translation>从1开始的波段号，用于“自定义”传感器。</translation>
        </message>
        <message>
            <source>Sensor</source>
            <translation>传感器</translation>
        </message>
        <message>
            <source>Sentinel-2 processing baseline</source>
            <translation>哨兵2号处理基线</translation>
        </message>
        <message>
            <source>Scale (Custom)</source>
            <translation>比例（自定义）</translation>
        </message>
        <message>
            <source>Offset (Custom)</source>
            <translation>偏移（自定义）</translation>
        </message>
        <message>
            <source>Sentinel-2 Level-2A</source>
            <translation>哨兵2号 L2A 级</translation>
        </message>
        <message>
            <source>Landsat 8/9 Collection 2 Level-2</source>
            <translation>Landsat 8/9 第2集合 L2 级</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Read from band metadata (BOA_ADD_OFFSET)</source>
            <translation>从波段元数据读取（BOA_ADD_OFFSET）</translation>
        </message>
        <message>
            <source>Before 04.00: reflectance = DN / 10000</source>
            <translation>04.00 之前：反射率 = DN / 10000</translation>
        </message>
        <message>
            <source>04.00 or later: reflectance = (DN − 1000) / 10000</source>
            <translation>04.00 及之后：反射率 = (DN − 1000) / 10000</translation>
        </message>
        <message>
            <source>Give at least one index name; known indices: {known}.</source>
            <translation>请至少给出一个指数名称；已知指数：{known}。</translation>
        </message>
        <message>
            <source>Unknown index name(s): {unknown}. Known indices: {known}.</source>
            <translation>未知的指数名称：{unknown}。已知指数：{known}。</translation>
        </message>
        <message>
            <source>The sand sample gives no covariance between blue and green; draw it over sand at varying depth.</source>
            <translation>沙底样本的蓝、绿波段之间没有协方差；请在不同水深的沙底上绘制样本。</translation>
        </message>
        <message>
            <source>No water pixels were found; the depth-invariant index needs water in the image.</source>
            <translation>未找到水体像元；深度不变指数需要影像中有水体。</translation>
        </message>
        <message>
            <source>The sand polygons cover {n} usable water pixels; draw them over at least 10 pixels of bright sand bottom at varying depth.</source>
            <translation>沙底面只覆盖 {n} 个可用的水体像元；请在不同水深的亮沙底上绘制至少10个像元。</translation>
        </message>
        <message>
            <source>Band numbers are missing for: {roles}. Set them (Custom sensor) or use a product whose band descriptions name them.</source>
            <translation>缺少以下波段的波段号：{roles}。请设置（自定义传感器）或使用波段描述中注明这些波段的产品。</translation>
        </message>
        <message>
            <source>The raster {path} has {count} band(s), but the {role} band is set to {band}. Check the sensor preset or the band numbers.</source>
            <translation>栅格 {path} 有 {count} 个波段，但 {role} 波段被设为 {band}。请检查传感器预设或波段号。</translation>
        </message>
        <message>
            <source>Classify habitats by rules (no training)</source>
            <translation>按规则进行生境分类（无需训练）</translation>
        </message>
        <message>
            <source>Maps the plugin's habitat classes from one surface reflectance image with a documented rule set, no training data needed. Rules (later ones take precedence): water where MNDWI &gt; 0 (Xu 2006); seagrass where the water has a dark, optically shallow bottom; floating matter where FAI exceeds its threshold (Hu 2009), as seaweed (NDVI &gt; 0) or floating mariculture (rafts, cages); tidal flat where unvegetated ground lies in the intertidal mask (or below the maximum elevation on the DEM); mangrove where NDVI &gt; 0.3 and the mangrove vegetation index MVI ≥ 4.5 (Baloloy et al. 2020), below the maximum elevation when a DEM is given and inside the intertidal mask when one is given; other intertidal vegetation is salt marsh; the rest is other land.

Seagrass under water: give polygons of sand bottom at varying depth and the depth-invariant index of Lyzenga (1981), DII = ln(B − B∞) − (kB/kG) ln(G − G∞), is used, with kB/kG estimated from the sand (a = (σBB − σGG)/(2σBG), kB/kG = a + √(a² + 1)) and B∞, G∞ from the darkest (1st percentile) water. Without sand polygons, a bathymetry/DEM raster lets shallow dark bottom be mapped; with neither, no seagrass is mapped, because deep water looks the same.

Aquaculture ponds need shape and context: use the supervised classifier for them. Thresholds are starting points: check the result against known sites and adjust them, or train a classifier.</source>
            <translation>用一套有文献依据的规则，从一景地表反射率影像绘制本插件的生境类型，无需训练数据。规则（后面的优先）：MNDWI &gt; 0 为水体（Xu 2006）；水下为暗色、光学浅水底质处为海草床；FAI 超过阈值处为漂浮物（Hu 2009），NDVI &gt; 0 为海藻，否则为浮筏养殖（筏架、网箱）；位于潮间带掩膜内（或 DEM 上低于最高高程）的无植被地面为潮滩；NDVI &gt; 0.3 且红树林植被指数 MVI ≥ 4.5（Baloloy 等 2020）处为红树林，给出 DEM 时须低于最高高程，给出潮间带掩膜时须位于掩膜内；其他潮间带植被为盐沼；其余为其他陆地。

水下海草床：给出不同水深沙底的面要素，即采用 Lyzenga（1981）深度不变指数 DII = ln(B − B∞) − (kB/kG) ln(G − G∞)，其中 kB/kG 由沙底估计（a = (σBB − σGG)/(2σBG)，kB/kG = a + √(a² + 1)），B∞、G∞ 取最暗（第1百分位）水体。无沙底面时，可借助水深/DEM 栅格识别浅水暗色底质；两者皆无时不绘制海草床，因为深水看起来与之相同。

养殖池塘需要形状与上下文信息：请用监督分类器识别。阈值仅为起点：请对照已知地点检查结果并调整，或训练分类器。</translation>
        </message>
        <message>
            <source>Surface reflectance image with blue, green, red, NIR and SWIR1 bands.</source>
            <translation>含蓝、绿、红、近红外和短波红外1波段的地表反射率影像。</translation>
        </message>
        <message>
            <source>Where the coast is intertidal: a raster (non-zero inside) or polygons. Needed for tidal flats and salt marsh unless a DEM is given.</source>
            <translation>海岸的潮间带范围：栅格（非零为内）或面要素。除非给出 DEM，潮滩和盐沼需要它。</translation>
        </message>
        <message>
            <source>Elevation in metres (negative under water): keeps terrestrial forest out of mangrove and limits seagrass to shallow water.</source>
            <translation>高程（米，水下为负）：将陆地森林排除在红树林之外，并将海草床限制在浅水区。</translation>
        </message>
        <message>
            <source>Polygons over bright sand bottom at varying depth, to estimate the attenuation ratio of the depth-invariant index.</source>
            <translation>覆盖不同水深亮沙底的面要素，用于估计深度不变指数的衰减系数比。</translation>
        </message>
        <message>
            <source>Class raster (uint8, nodata 0) in the plugin's class scheme, with its style.</source>
            <translation>按本插件分类体系的分类栅格（uint8，无数据值0），附带样式。</translation>
        </message>
        <message>
            <source>Multiband image</source>
            <translation>多波段影像</translation>
        </message>
        <message>
            <source>Intertidal mask (raster or polygons)</source>
            <translation>潮间带掩膜（栅格或面）</translation>
        </message>
        <message>
            <source>DEM or bathymetry (m)</source>
            <translation>DEM 或水深（米）</translation>
        </message>
        <message>
            <source>Sand bottom polygons (for Lyzenga's index)</source>
            <translation>沙底面（用于 Lyzenga 指数）</translation>
        </message>
        <message>
            <source>Habitat map</source>
            <translation>生境图</translation>
        </message>
        <message>
            <source>Bands: {bands} ({how})</source>
            <translation>波段：{bands}（{how}）</translation>
        </message>
        <message>
            <source>The sand polygon layer</source>
            <translation>沙底面图层</translation>
        </message>
        <message>
            <source>No sand polygons and no bathymetry: seagrass cannot be told from deep water and is not mapped.</source>
            <translation>既无沙底面也无水深：无法区分海草床与深水，未绘制海草床。</translation>
        </message>
        <message>
            <source>The intertidal mask</source>
            <translation>潮间带掩膜</translation>
        </message>
        <message>
            <source>Depth-invariant index: kB/kG = {k:.3f} from {n} sand pixels; deep water B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.</source>
            <translation>深度不变指数：kB/kG = {k:.3f}（来自 {n} 个沙底像元）；深水 B∞ = {b:.4f}，G∞ = {g:.4f}；沙底 DII {m:.3f} ± {s:.3f}。</translation>
        </message>
        <message>
            <source>Spectral indices</source>
            <translation>光谱指数</translation>
        </message>
        <message>
            <source>Computes spectral indices from surface reflectance, one float32 band per index (the band description is the index name), block by block. Nodata where any input band is nodata or a denominator is 0.

NDVI = (NIR − Red)/(NIR + Red) (Rouse et al. 1974)
NDWI = (Green − NIR)/(Green + NIR) (McFeeters 1996)
MNDWI = (Green − SWIR1)/(Green + SWIR1) (Xu 2006)
EVI = 2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1) (Huete et al. 2002)
SAVI = 1.5 (NIR − Red)/(NIR + Red + 0.5) (Huete 1988)
LSWI = (NIR − SWIR1)/(NIR + SWIR1) (Xiao et al. 2002)
MVI = (NIR − Green)/(SWIR1 − Green), mangrove vegetation index (Baloloy et al. 2020)
CMRI = NDVI − NDWI, combined mangrove recognition index (Gupta et al. 2018)
FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)], floating algae index (Hu 2009), with the band-centre wavelengths of the sensor (Sentinel-2: 665, 842, 1610 nm; Landsat 8/9: 655, 865, 1609 nm).

Scaling: Sentinel-2 L2A reflectance = DN/10000 before processing baseline 04.00 and (DN − 1000)/10000 from 04.00; Landsat 8/9 Collection 2 Level-2 = DN × 0.0000275 − 0.2; Custom = DN × scale + offset.</source>
            <translation>由地表反射率逐块计算光谱指数，每个指数一个 float32 波段（波段描述为指数名称）。任一输入波段为无数据或分母为0处为无数据。

NDVI = (NIR − Red)/(NIR + Red)（Rouse 等 1974）
NDWI = (Green − NIR)/(Green + NIR)（McFeeters 1996）
MNDWI = (Green − SWIR1)/(Green + SWIR1)（Xu 2006）
EVI = 2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1)（Huete 等 2002）
SAVI = 1.5 (NIR − Red)/(NIR + Red + 0.5)（Huete 1988）
LSWI = (NIR − SWIR1)/(NIR + SWIR1)（Xiao 等 2002）
MVI = (NIR − Green)/(SWIR1 − Green)，红树林植被指数（Baloloy 等 2020）
CMRI = NDVI − NDWI，红树林综合识别指数（Gupta 等 2018）
FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)]，漂浮藻类指数（Hu 2009），采用传感器的波段中心波长（哨兵2号：665、842、1610 nm；Landsat 8/9：655、865、1609 nm）。

缩放：哨兵2号 L2A 反射率在处理基线 04.00 之前为 DN/10000，04.00 起为 (DN − 1000)/10000；Landsat 8/9 第2集合 L2 级为 DN × 0.0000275 − 0.2；自定义为 DN × 比例 + 偏移。</translation>
        </message>
        <message>
            <source>Surface reflectance image (Sentinel-2 L2A, Landsat 8/9 C2 L2, or another with Custom bands).</source>
            <translation>地表反射率影像（哨兵2号 L2A、Landsat 8/9 C2 L2，或以自定义波段设置的其他影像）。</translation>
        </message>
        <message>
            <source>Any of NDVI, NDWI, MNDWI, EVI, SAVI, LSWI, MVI, CMRI, FAI; case does not matter.</source>
            <translation>NDVI、NDWI、MNDWI、EVI、SAVI、LSWI、MVI、CMRI、FAI 中的任意几个；不区分大小写。</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF, one band per index, nodata −9999.</source>
            <translation>Float32 GeoTIFF，每个指数一个波段，无数据值 −9999。</translation>
        </message>
        <message>
            <source>Indices (comma-separated)</source>
            <translation>指数（逗号分隔）</translation>
        </message>
        <message>
            <source>Indices</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>No training sample falls on valid pixels of the image; check that the samples and the image cover the same place.</source>
            <translation>没有训练样本落在影像的有效像元上；请检查样本与影像是否覆盖同一区域。</translation>
        </message>
        <message>
            <source>The training samples hold only one class ({cls}); a classifier needs at least two.</source>
            <translation>训练样本只有一个类型（{cls}）；分类器至少需要两个类型。</translation>
        </message>
        <message>
            <source>These classes have fewer than {min} training pixels: {few}. Add samples or remove the classes.</source>
            <translation>以下类型的训练像元少于 {min} 个：{few}。请增加样本或删除这些类型。</translation>
        </message>
        <message>
            <source>The model was trained on an image with {model} band(s) but this raster has {raster}; classify an image of the same product and band layout.</source>
            <translation>模型训练所用影像有 {model} 个波段，而此栅格有 {raster} 个；请对相同产品和波段布局的影像进行分类。</translation>
        </message>
        <message>
            <source>The raster's bands ({raster}) differ from the bands the model was trained on ({model}).</source>
            <translation>栅格波段（{raster}）与模型训练所用波段（{model}）不同。</translation>
        </message>
        <message>
            <source>Habitat classifier: training and validation</source>
            <translation>生境分类器：训练与验证</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>影像</translation>
        </message>
        <message>
            <source>Training samples</source>
            <translation>训练样本</translation>
        </message>
        <message>
            <source>Class field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>Bands</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>Samples per class</source>
            <translation>各类型样本数</translation>
        </message>
        <message>
            <source>Feature importances</source>
            <translation>特征重要性</translation>
        </message>
        <message>
            <source>Validation error matrix ({how}; rows: reference, columns: predicted)</source>
            <translation>验证误差矩阵（{how}；行：参考，列：预测）</translation>
        </message>
        <message>
            <source>These are accuracies on the training pixels (out-of-bag or cross-validated), which are usually optimistic because neighbouring pixels are alike; assess the final map with an independent stratified sample (accuracy assessment tool).</source>
            <translation>这些是训练像元上的精度（袋外或交叉验证），由于相邻像元相似，通常偏乐观；请用独立的分层样本评价最终地图（精度评价工具）。</translation>
        </message>
        <message>
            <source>Reference \ predicted</source>
            <translation>参考 \ 预测</translation>
        </message>
        <message>
            <source>{path} is not a Blue Carbon classifier model file (made by 'Train habitat classifier').</source>
            <translation>{path} 不是蓝碳分类器模型文件（由“训练生境分类器”生成）。</translation>
        </message>
        <message>
            <source>The model file {path} has format version {v}; this plugin reads version {ours}.</source>
            <translation>模型文件 {path} 的格式版本为 {v}；本插件读取版本 {ours}。</translation>
        </message>
        <message>
            <source>The model file {path} was modified after it was written (checksum mismatch); it is refused. Train the model again or use the original file.</source>
            <translation>模型文件 {path} 在写出后被修改过（校验和不符），已拒绝。请重新训练模型或使用原始文件。</translation>
        </message>
        <message>
            <source>This model was trained with XGBoost, which QGIS cannot import. Install it (Debian/Ubuntu: sudo apt install python3-xgboost; OSGeo4W Shell: python -m pip install xgboost) and restart QGIS.</source>
            <translation>此模型使用 XGBoost 训练，但 QGIS 无法导入它。请安装（Debian/Ubuntu：sudo apt install python3-xgboost；OSGeo4W Shell：python -m pip install xgboost）后重启 QGIS。</translation>
        </message>
        <message>
            <source>The model file {path} is incomplete ({name} is missing); train the model again.</source>
            <translation>模型文件 {path} 不完整（缺少 {name}）；请重新训练模型。</translation>
        </message>
        <message>
            <source>The model file {path} holds data this plugin does not accept ({error}); it is refused.</source>
            <translation>模型文件 {path} 含有本插件不接受的数据（{error}），已拒绝。</translation>
        </message>
        <message>
            <source>Classify habitats with a trained model</source>
            <translation>用训练好的模型进行生境分类</translation>
        </message>
        <message>
            <source>Applies a model from 'Train habitat classifier' to an image, block by block (memory does not grow with the image), and writes the habitat class map (uint8, nodata 0, styled) and optionally the confidence (the highest class probability, 0–1).

The image must have the band layout the model was trained on (same number of bands and, when recorded, the same band descriptions); the model's own band mapping and reflectance scaling are used. The model file is checked before use and a modified or foreign file is refused. An optional mask (raster, non-zero inside, or polygons) limits the classification.</source>
            <translation>将“训练生境分类器”生成的模型逐块应用于影像（内存不随影像增大），输出生境分类图（uint8，无数据值0，带样式），并可输出置信度（最高类型概率，0–1）。

影像的波段布局须与模型训练时相同（波段数相同；若有记录，波段描述也须相同）；使用模型自身记录的波段对应与反射率缩放。使用前会校验模型文件，被修改或外来的文件将被拒绝。可选的掩膜（栅格非零处，或面要素）限定分类范围。</translation>
        </message>
        <message>
            <source>Image to classify, of the same product and band layout as the training image.</source>
            <translation>待分类影像，须与训练影像为相同产品和波段布局。</translation>
        </message>
        <message>
            <source>A .bcmodel file written by 'Train habitat classifier'.</source>
            <translation>由“训练生境分类器”写出的 .bcmodel 文件。</translation>
        </message>
        <message>
            <source>Only pixels inside the mask are classified; the rest is nodata.</source>
            <translation>只对掩膜内的像元分类，其余为无数据。</translation>
        </message>
        <message>
            <source>Highest class probability per pixel (float32, 0–1).</source>
            <translation>每个像元的最高类型概率（float32，0–1）。</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>模型文件</translation>
        </message>
        <message>
            <source>Mask (raster or polygons)</source>
            <translation>掩膜（栅格或面）</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <source>Model: {method}, classes {classes}, features {features}</source>
            <translation>模型：{method}，类型 {classes}，特征 {features}</translation>
        </message>
        <message>
            <source>The mask layer</source>
            <translation>掩膜图层</translation>
        </message>
        <message>
            <source>Train habitat classifier</source>
            <translation>训练生境分类器</translation>
        </message>
        <message>
            <source>Trains a supervised classifier of habitat classes from labelled training points or polygons on a surface reflectance image. Features are the image's blue, green, red, NIR, SWIR1 and SWIR2 reflectances (scaled as the sensor preset says) plus any spectral indices listed.

Methods: random forest (default, 100 trees, validated out of bag), extra trees (same), and gradient-boosted trees with XGBoost (validated by 5-fold cross-validation; needs python3-xgboost), whose prediction is much faster than a deep forest's.

The model file is a ZIP of plain JSON and numeric arrays (no pickle): loading it never executes code. It records the features, band mapping, scaling, class values and names, and a checksum: a modified or foreign file is refused. The HTML report gives the validation error matrix per class and the feature importances.

Training samples in another CRS are reprojected. Every class needs at least 10 training pixels, and there must be two classes or more.</source>
            <translation>利用地表反射率影像上已标注的训练点或面，训练生境类型的监督分类器。特征为影像的蓝、绿、红、近红外、短波红外1和短波红外2反射率（按传感器预设缩放），以及所列的光谱指数。

方法：随机森林（默认，100棵树，袋外验证）、极端随机树（同上），以及 XGBoost 梯度提升树（5折交叉验证；需要 python3-xgboost），其预测速度远快于深层森林。

模型文件为仅含 JSON 与数值数组的 ZIP（不使用 pickle）：加载时绝不执行代码。文件记录特征、波段对应、缩放、类型代码与名称以及校验和：被修改或外来的文件将被拒绝。HTML 报告给出各类型的验证误差矩阵和特征重要性。

其他坐标参考系的训练样本会被重投影。每个类型至少需要10个训练像元，且至少需要两个类型。</translation>
        </message>
        <message>
            <source>Surface reflectance image to learn from.</source>
            <translation>用于学习的地表反射率影像。</translation>
        </message>
        <message>
            <source>Spectral indices computed per pixel and added to the band reflectances; empty for none.</source>
            <translation>逐像元计算并加入波段反射率的光谱指数；留空则不加。</translation>
        </message>
        <message>
            <source>Points (the pixel under each) or polygons (the pixels whose centre is inside), any CRS.</source>
            <translation>点（取其下方像元）或面（取中心在面内的像元），任意坐标参考系。</translation>
        </message>
        <message>
            <source>Integer class value of each sample (the plugin's scheme: 1 water … 9 other land).</source>
            <translation>每个样本的整数类型代码（本插件体系：1 水体 … 9 其他陆地）。</translation>
        </message>
        <message>
            <source>Larger classes are randomly thinned to this many pixels, so that no class swamps the others.</source>
            <translation>样本较多的类型随机抽稀到此像元数，避免某一类型压倒其他类型。</translation>
        </message>
        <message>
            <source>Classifier to train.</source>
            <translation>要训练的分类器。</translation>
        </message>
        <message>
            <source>Trees or boosting rounds.</source>
            <translation>树的数量或提升轮数。</translation>
        </message>
        <message>
            <source>The same seed trains the same model.</source>
            <translation>相同的随机种子训练出相同的模型。</translation>
        </message>
        <message>
            <source>The trained model (safe format, see above).</source>
            <translation>训练好的模型（安全格式，见上）。</translation>
        </message>
        <message>
            <source>Validation error matrix per class and feature importances.</source>
            <translation>各类型的验证误差矩阵和特征重要性。</translation>
        </message>
        <message>
            <source>The training layer</source>
            <translation>训练样本图层</translation>
        </message>
        <message>
            <source>Indices added as features (comma-separated)</source>
            <translation>作为特征加入的指数（逗号分隔）</translation>
        </message>
        <message>
            <source>Maximum training pixels per class</source>
            <translation>每类最大训练像元数</translation>
        </message>
        <message>
            <source>Number of trees</source>
            <translation>树的数量</translation>
        </message>
        <message>
            <source>Blue Carbon model (*.bcmodel)</source>
            <translation>蓝碳模型 (*.bcmodel)</translation>
        </message>
        <message>
            <source>Validation report (HTML)</source>
            <translation>验证报告（HTML）</translation>
        </message>
        <message>
            <source>Validation overall accuracy</source>
            <translation>验证总体精度</translation>
        </message>
        <message>
            <source>Training on {n} pixels: {detail}</source>
            <translation>使用 {n} 个像元训练：{detail}</translation>
        </message>
        <message>
            <source>Validation ({how}) overall accuracy: {acc:.3f}</source>
            <translation>验证（{how}）总体精度：{acc:.3f}</translation>
        </message>
        <message>
            <source>{n} training feature(s) fall outside the image or on nodata and were skipped.</source>
            <translation>{n} 个训练要素位于影像范围外或无数据像元上，已跳过。</translation>
        </message>
        <message>
            <source>Feature {fid}: the class '{value}' in field {field} is not an integer class value.</source>
            <translation>要素 {fid}：字段 {field} 中的类型“{value}”不是整数类型代码。</translation>
        </message>
        <message>
            <source>Blue band (Custom)</source>
            <translation>蓝波段（自定义）</translation>
        </message>
        <message>
            <source>Green band (Custom)</source>
            <translation>绿波段（自定义）</translation>
        </message>
        <message>
            <source>Red band (Custom)</source>
            <translation>红波段（自定义）</translation>
        </message>
        <message>
            <source>NIR band (Custom)</source>
            <translation>近红外波段（自定义）</translation>
        </message>
        <message>
            <source>SWIR1 band (Custom)</source>
            <translation>短波红外1波段（自定义）</translation>
        </message>
        <message>
            <source>SWIR2 band (Custom)</source>
            <translation>短波红外2波段（自定义）</translation>
        </message>
        <message>
            <source>Water: MNDWI above</source>
            <translation>水体：MNDWI 大于</translation>
        </message>
        <message>
            <source>Open water where MNDWI &gt; this (Xu 2006: 0).</source>
            <translation>MNDWI 大于此值处为开阔水域（Xu 2006：0）。</translation>
        </message>
        <message>
            <source>Vegetation: NDVI above</source>
            <translation>植被：NDVI 大于</translation>
        </message>
        <message>
            <source>Green vegetation where NDVI &gt; this (default 0.3).</source>
            <translation>NDVI 大于此值处为绿色植被（默认 0.3）。</translation>
        </message>
        <message>
            <source>Mangrove: MVI at least</source>
            <translation>红树林：MVI 不小于</translation>
        </message>
        <message>
            <source>Mangrove vegetation index threshold (Baloloy et al. 2020: mangroves 4.5–16.5).</source>
            <translation>红树林植被指数阈值（Baloloy 等 2020：红树林 4.5–16.5）。</translation>
        </message>
        <message>
            <source>Floating matter: FAI above</source>
            <translation>漂浮物：FAI 大于</translation>
        </message>
        <message>
            <source>Floating algae index threshold on water (Hu 2009); default 0.02 reflectance.</source>
            <translation>水面漂浮藻类指数阈值（Hu 2009）；默认反射率 0.02。</translation>
        </message>
        <message>
            <source>Seagrass: DII below sand mean minus (sd)</source>
            <translation>海草床：DII 低于沙底均值减（标准差倍数）</translation>
        </message>
        <message>
            <source>With a sand sample: bottom darker than the sand by more than this many standard deviations of the sand's depth-invariant index is seagrass.</source>
            <translation>有沙底样本时：比沙底暗、且差值超过沙底深度不变指数此倍数标准差的底质为海草床。</translation>
        </message>
        <message>
            <source>Seagrass without sand sample: green reflectance below</source>
            <translation>无沙底样本时的海草床：绿波段反射率低于</translation>
        </message>
        <message>
            <source>With bathymetry but no sand sample: dark bottom where green reflectance is below this.</source>
            <translation>有水深而无沙底样本时：绿波段反射率低于此值处为暗色底质。</translation>
        </message>
        <message>
            <source>Seagrass: maximum depth (m)</source>
            <translation>海草床：最大水深（米）</translation>
        </message>
        <message>
            <source>Seagrass is mapped only where the DEM/bathymetry is no deeper than this.</source>
            <translation>仅在 DEM/水深不超过此深度处绘制海草床。</translation>
        </message>
        <message>
            <source>Maximum elevation of intertidal habitats (m)</source>
            <translation>潮间带生境最高高程（米）</translation>
        </message>
        <message>
            <source>With a DEM: mangrove, salt marsh and tidal flat only at or below this elevation (keeps terrestrial forest out of mangrove).</source>
            <translation>有 DEM 时：红树林、盐沼和潮滩仅出现在不高于此高程处（将陆地森林排除在红树林之外）。</translation>
        </message>
        <message>
            <source>Random forest (scikit-learn)</source>
            <translation>随机森林（scikit-learn）</translation>
        </message>
        <message>
            <source>Extra trees (scikit-learn)</source>
            <translation>极端随机树（scikit-learn）</translation>
        </message>
        <message>
            <source>Gradient-boosted trees (XGBoost; fastest prediction)</source>
            <translation>梯度提升树（XGBoost；预测最快）</translation>
        </message>
        <message>
            <source>density table</source>
            <translation>碳密度表</translation>
        </message>
        <message>
            <source>coefficient table</source>
            <translation>系数表</translation>
        </message>
        <message>
            <source>emission table</source>
            <translation>排放清单</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: ef_unit '{unit}' must start with the mass of CO2e, such as 'kg CO2e/kWh' or 't CO2e/night'.</source>
            <translation>{what}第 {row} 行：ef_unit“{unit}”必须以 CO2e 的质量单位开头，例如“kg CO2e/kWh”或“t CO2e/night”。</translation>
        </message>
        <message>
            <source>The calcification ratio must be between 0 and 1 (got {value}).</source>
            <translation>钙化释放比必须在0与1之间（当前为 {value}）。</translation>
        </message>
        <message>
            <source>The emission must not be negative (got {value} t CO2e).</source>
            <translation>排放量不能为负（当前为 {value} t CO2e）。</translation>
        </message>
        <message>
            <source>The crediting period must be positive (got {value} years).</source>
            <translation>计入期必须为正（当前为 {value} 年）。</translation>
        </message>
        <message>
            <source>The buffer must be between 0 and 100 percent (got {value}).</source>
            <translation>缓冲比例必须在0到100%之间（当前为 {value}）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has no species name.</source>
            <translation>{what}第 {row} 行没有物种名称。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: group must be 'bivalve' or 'seaweed', not '{value}'.</source>
            <translation>{what}第 {row} 行：group 必须为“bivalve”或“seaweed”，而不是“{value}”。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({name}): shell and tissue fractions add up to {total}, more than 1.</source>
            <translation>{what}第 {row} 行（{name}）：贝壳与软组织比例之和为 {total}，大于1。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: species {name} appears twice.</source>
            <translation>{what}第 {row} 行：物种 {name} 重复出现。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({source}): activity and emission factor cannot be negative.</source>
            <translation>{what}第 {row} 行（{source}）：活动水平和排放因子不能为负。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({source}) gives no ef_source; every emission factor needs its source.</source>
            <translation>{what}第 {row} 行（{source}）未给出 ef_source；每个排放因子都需要注明来源。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({name}, {group}) needs a value in column '{column}'.</source>
            <translation>{what}第 {row} 行（{name}，{group}）的“{column}”列需要填写数值。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': {value} is not a fraction between 0 and 1.</source>
            <translation>{what}第 {row} 行“{column}”列：{value} 不是0到1之间的比例。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({source}) has no {column}.</source>
            <translation>{what}第 {row} 行（{source}）缺少 {column}。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}_hi': {value} is not a fraction between 0 and 1.</source>
            <translation>{what}第 {row} 行“{column}_hi”列：{value} 不是0到1之间的比例。</translation>
        </message>
        <message>
            <source>The {what} {path} is empty.</source>
            <translation>{what} {path} 为空。</translation>
        </message>
        <message>
            <source>The {what} {path} lacks the column(s) {missing}. Required columns: {required}.</source>
            <translation>{what} {path} 缺少列：{missing}。必需的列：{required}。</translation>
        </message>
        <message>
            <source>The {what} {path} has a header but no rows.</source>
            <translation>{what} {path} 只有表头，没有数据行。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a finite number.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是有限数值。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: give both {column}_lo and {column}_hi, or neither.</source>
            <translation>{what}第 {row} 行：{column}_lo 与 {column}_hi 须同时给出或同时留空。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: {column}_lo ({lo}) is above the value ({value}).</source>
            <translation>{what}第 {row} 行：{column}_lo（{lo}）大于取值（{value}）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: {column}_hi ({hi}) is below the value ({value}).</source>
            <translation>{what}第 {row} 行：{column}_hi（{hi}）小于取值（{value}）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}_lo': values cannot be negative.</source>
            <translation>{what}第 {row} 行“{column}_lo”列：数值不能为负。</translation>
        </message>
        <message>
            <source>Cannot read the {what} {path}: {error}</source>
            <translation>无法读取{what} {path}：{error}</translation>
        </message>
        <message>
            <source>The {what} {path} is not UTF-8 text; save it as CSV UTF-8.</source>
            <translation>{what} {path} 不是 UTF-8 文本；请另存为 CSV UTF-8 格式。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has more cells than the header.</source>
            <translation>{what}第 {row} 行的单元格多于表头。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a number.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是数字。</translation>
        </message>
        <message>
            <source>Mariculture carbon removal (shellfish and seaweed)</source>
            <translation>海水养殖碳移出（贝类与藻类）</translation>
        </message>
        <message>
            <source>Yearly carbon removed from the sea by harvested shellfish and seaweed, per farm or marine ranch, from harvest statistics.

Bivalves: C = Y × dry/wet ratio × (shell fraction × shell carbon + tissue fraction × tissue carbon). Seaweed: C = Y × dry/wet ratio × carbon fraction. CO2e = C × 44/12. Y is the harvest in t fresh weight per year: from a field per zone, or a yield per hectare times the zone's area (its ellipsoidal area, or with a habitat raster the area of the mariculture classes 6, 7 and 8 inside it, computed exactly as in the carbon stocks tool).

Methods: 0 shell + tissue carbon, as in the Chinese marine-industry accounting of shellfish and seaweed carbon sinks (HY/T 0305-2021); 1 tissue carbon only (conservative); 2 shell + tissue net of the CO2 released by calcification (shell carbon × (1 − ψ), ψ ≈ 0.6 mol CO2 per mol CaCO3, Frankignoulle et al. 1994). The debate: building a shell turns dissolved bicarbonate into carbonate and releases CO2 to the water, so shell carbon is not all drawn from the atmosphere; counting it in full (method 0) follows the Chinese standards, while methods 1 and 2 give conservative figures that many carbon standards prefer.

Intervals: coefficients with _lo/_hi bounds are drawn as in the carbon stocks tool (normal with sd = (hi − lo)/3.92, truncated at 0), once per species per iteration. Species names may be Chinese or English (the table's aliases column).</source>
            <translation>根据收获统计，按养殖场或海洋牧场计算收获的贝类和藻类每年从海中移出的碳。

双壳贝类：C = Y × 干湿比 × (贝壳比例 × 贝壳含碳率 + 软组织比例 × 软组织含碳率)。藻类：C = Y × 干湿比 × 含碳率。CO2e = C × 44/12。Y 为每年收获的鲜重（吨）：取自各区的字段，或单位面积产量乘以该区面积（其椭球面积；给出生境栅格时，为区内海水养殖类型6、7、8的面积，与碳储量工具计算方式相同）。

方法：0 贝壳 + 软组织碳，与中国海洋行业的贝藻碳汇核算一致（HY/T 0305-2021）；1 仅软组织碳（保守）；2 贝壳 + 软组织，扣除钙化释放的 CO2（贝壳碳 × (1 − ψ)，ψ ≈ 0.6 mol CO2/mol CaCO3，Frankignoulle 等 1994）。争议在于：形成贝壳时溶解的碳酸氢根转化为碳酸盐并向水体释放 CO2，因此贝壳碳并非全部来自大气；全额计入（方法0）遵循中国标准，方法1和2给出许多碳标准更认可的保守数字。

区间：带 _lo/_hi 上下限的系数按碳储量工具的方式抽样（正态分布，sd = (hi − lo)/3.92，在0处截断），每次迭代每个物种抽样一次。物种名可用中文或英文（表中 aliases 列）。</translation>
        </message>
        <message>
            <source>Polygons of farms or ranches, in any CRS.</source>
            <translation>养殖场或牧场的面要素，任意坐标参考系。</translation>
        </message>
        <message>
            <source>Species farmed in each zone (Chinese or English name, or Latin name).</source>
            <translation>各区养殖的物种（中文名、英文名或拉丁名）。</translation>
        </message>
        <message>
            <source>Yearly harvest of the zone in t fresh weight. Give this or the yield per hectare, not both.</source>
            <translation>该区每年收获鲜重（吨）。给出此项或单位面积产量，不能同时给出。</translation>
        </message>
        <message>
            <source>Yearly harvest per hectare, multiplied by the zone's area.</source>
            <translation>每公顷年产量，乘以该区面积。</translation>
        </message>
        <message>
            <source>With a yield per hectare: the area of the mariculture classes (6 seaweed, 7 floating mariculture, 8 ponds) inside each zone is used instead of the zone's whole area.</source>
            <translation>使用单位面积产量时：以各区内海水养殖类型（6 海藻、7 浮筏养殖、8 池塘）的面积代替整个区的面积。</translation>
        </message>
        <message>
            <source>Band of the habitat raster (default 1).</source>
            <translation>生境栅格的波段（默认 1）。</translation>
        </message>
        <message>
            <source>CSV with species, species_latin, group (bivalve/seaweed), aliases, dry_wet_ratio, shell_fraction, tissue_fraction, shell_c, tissue_c (bivalves) or c_fraction (seaweed), optional _lo/_hi bounds, source. Empty: the shipped table.</source>
            <translation>CSV 文件，列为 species、species_latin、group（bivalve/seaweed）、aliases、dry_wet_ratio、shell_fraction、tissue_fraction、shell_c、tissue_c（贝类）或 c_fraction（藻类）、可选 _lo/_hi 上下限、source。留空则使用自带的表。</translation>
        </message>
        <message>
            <source>How shell carbon is counted (see the help).</source>
            <translation>贝壳碳的计入方式（见帮助）。</translation>
        </message>
        <message>
            <source>Mol CO2 released per mol CaCO3 precipitated, used by method 2; 0.6 from Frankignoulle, Canon &amp; Gattuso 1994, Limnology and Oceanography 39: 458–462.</source>
            <translation>每沉淀1 mol CaCO3 释放的 CO2 摩尔数，用于方法2；0.6 取自 Frankignoulle、Canon 与 Gattuso 1994，Limnology and Oceanography 39: 458–462。</translation>
        </message>
        <message>
            <source>Seed of the Monte Carlo draws.</source>
            <translation>蒙特卡洛抽样的随机种子。</translation>
        </message>
        <message>
            <source>The zones with species_key, area_ha, yield_t, removal_tc_yr, removal_tco2e_yr and its 95% interval.</source>
            <translation>各区及 species_key、area_ha、yield_t、removal_tc_yr、removal_tco2e_yr 及其95%区间。</translation>
        </message>
        <message>
            <source>One row per species: yield, removal, coefficient and source.</source>
            <translation>每个物种一行：产量、碳移出量、系数与来源。</translation>
        </message>
        <message>
            <source>The farm layer</source>
            <translation>养殖场图层</translation>
        </message>
        <message>
            <source>Farms or marine ranches</source>
            <translation>养殖场或海洋牧场</translation>
        </message>
        <message>
            <source>Species field</source>
            <translation>物种字段</translation>
        </message>
        <message>
            <source>Harvest field (t fresh weight per year)</source>
            <translation>收获量字段（鲜重吨/年）</translation>
        </message>
        <message>
            <source>Yield field (t per ha per year)</source>
            <translation>单位面积产量字段（吨/公顷/年）</translation>
        </message>
        <message>
            <source>Habitat raster (optional)</source>
            <translation>生境栅格（可选）</translation>
        </message>
        <message>
            <source>Coefficient table (CSV)</source>
            <translation>系数表（CSV）</translation>
        </message>
        <message>
            <source>CO2 released per CaCO3 precipitated (ψ)</source>
            <translation>每沉淀单位 CaCO3 释放的 CO2（ψ）</translation>
        </message>
        <message>
            <source>Removal by zone</source>
            <translation>分区碳移出</translation>
        </message>
        <message>
            <source>Removal by species</source>
            <translation>分物种碳移出</translation>
        </message>
        <message>
            <source>Total harvest (t fresh weight per year)</source>
            <translation>总收获量（鲜重吨/年）</translation>
        </message>
        <message>
            <source>Total removal (t C per year)</source>
            <translation>总碳移出（t C/年）</translation>
        </message>
        <message>
            <source>Total removal (t CO2e per year)</source>
            <translation>总碳移出（t CO2e/年）</translation>
        </message>
        <message>
            <source>Total removal, 95% low (t CO2e per year)</source>
            <translation>总碳移出95%下限（t CO2e/年）</translation>
        </message>
        <message>
            <source>Total removal, 95% high (t CO2e per year)</source>
            <translation>总碳移出95%上限（t CO2e/年）</translation>
        </message>
        <message>
            <source>Give either the harvest field (t per year) or the yield field (t per ha per year), not both and not neither.</source>
            <translation>请给出收获量字段（吨/年）或单位面积产量字段（吨/公顷/年）之一，不能都给也不能都不给。</translation>
        </message>
        <message>
            <source>Feature {fid}: the {what} in field {field} is negative ({value}).</source>
            <translation>要素 {fid}：字段 {field} 中的{what}为负（{value}）。</translation>
        </message>
        <message>
            <source>Shell + tissue carbon (HY/T 0305-2021)</source>
            <translation>贝壳 + 软组织碳（HY/T 0305-2021）</translation>
        </message>
        <message>
            <source>Tissue carbon only (conservative)</source>
            <translation>仅软组织碳（保守）</translation>
        </message>
        <message>
            <source>Shell + tissue, net of CO2 released by calcification</source>
            <translation>贝壳 + 软组织，扣除钙化释放的 CO2</translation>
        </message>
        <message>
            <source>Total removal {c:,.2f} t C = {co2:,.2f} t CO2e per year from {y:,.1f} t of harvest.</source>
            <translation>收获 {y:,.1f} 吨，每年总碳移出 {c:,.2f} t C = {co2:,.2f} t CO2e。</translation>
        </message>
        <message>
            <source>Feature {fid}: the {what} '{value}' in field {field} is not a number.</source>
            <translation>要素 {fid}：字段 {field} 中的{what}“{value}”不是数字。</translation>
        </message>
        <message>
            <source>harvest</source>
            <translation>收获量</translation>
        </message>
        <message>
            <source>yield per hectare</source>
            <translation>单位面积产量</translation>
        </message>
        <message>
            <source>Offset balance: emissions against sinks</source>
            <translation>抵消平衡：排放与碳汇</translation>
        </message>
        <message>
            <source>Says whether an emission (an event, a company, a product) is covered by blue carbon sinks, and by how much.

Emissions: a number in t CO2e, or a CSV of emission sources with columns source, activity, unit, emission_factor, ef_unit (such as 'kg CO2e/kWh' or 't CO2e/night') and ef_source; each line is activity × factor, shown line by line in the report.

Sinks: layers from 'Mariculture carbon removal' (removal_tco2e_yr) or 'Carbon stocks and uptake by area' (uptake_tco2e_yr), with their 95% intervals when present, and/or a number in t CO2e per year.

Credited removal = sinks × period (years) × (1 − buffer %/100): carbon standards withhold a buffer against non-permanence. Coverage = credited / emissions × 100 %; surplus = credited − emissions. The interval of the sinks is the sum of the layers' interval bounds, which is wider than the interval of the sum (conservative). For a deficit, the additional harvest (and farmed area, given a yield per hectare) of a chosen species that would close it is reported.</source>
            <translation>判断一项排放（活动、企业、产品）是否被蓝碳汇抵消，以及抵消程度。

排放：以 t CO2e 给出的数值，或排放源 CSV，列为 source、activity、unit、emission_factor、ef_unit（如“kg CO2e/kWh”或“t CO2e/night”）和 ef_source；每行为活动水平 × 排放因子，在报告中逐行列出。

碳汇：来自“海水养殖碳移出”（removal_tco2e_yr）或“分区碳储量与年吸收量”（uptake_tco2e_yr）的图层（如有则带95%区间），以及/或以 t CO2e/年给出的数值。

计入的碳移出 = 碳汇 × 计入期（年）× (1 − 缓冲%/100)：碳标准会扣留缓冲以应对非永久性风险。覆盖率 = 计入量 / 排放量 × 100%；盈余 = 计入量 − 排放量。碳汇区间为各图层区间上下限之和，比总和的区间更宽（保守）。若有缺口，报告为弥补缺口所需选定物种的额外收获量（给出单位面积产量时还有养殖面积）。</translation>
        </message>
        <message>
            <source>Emissions (t CO2e)</source>
            <translation>排放量（t CO2e）</translation>
        </message>
        <message>
            <source>Sinks (t CO2e per year)</source>
            <translation>碳汇（t CO2e/年）</translation>
        </message>
        <message>
            <source>Credited removal over the period, after the buffer (t CO2e)</source>
            <translation>计入期内扣除缓冲后的计入碳移出（t CO2e）</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>覆盖率（%）</translation>
        </message>
        <message>
            <source>Coverage, 95% low (%)</source>
            <translation>覆盖率95%下限（%）</translation>
        </message>
        <message>
            <source>Coverage, 95% high (%)</source>
            <translation>覆盖率95%上限（%）</translation>
        </message>
        <message>
            <source>Surplus (t CO2e; negative for a deficit)</source>
            <translation>盈余（t CO2e；负值为缺口）</translation>
        </message>
        <message>
            <source>Surplus, 95% low (t CO2e)</source>
            <translation>盈余95%下限（t CO2e）</translation>
        </message>
        <message>
            <source>Surplus, 95% high (t CO2e)</source>
            <translation>盈余95%上限（t CO2e）</translation>
        </message>
        <message>
            <source>Additional harvest needed to close a deficit (t fresh weight per year)</source>
            <translation>弥补缺口所需的额外收获量（鲜重吨/年）</translation>
        </message>
        <message>
            <source>Additional farmed area needed to close a deficit (ha)</source>
            <translation>弥补缺口所需的额外养殖面积（公顷）</translation>
        </message>
        <message>
            <source>The emission to offset, when it is known as one number.</source>
            <translation>待抵消的排放量（已知为单一数值时）。</translation>
        </message>
        <message>
            <source>CSV of emission sources: source, activity, unit, emission_factor, ef_unit, ef_source.</source>
            <translation>排放源 CSV：source、activity、unit、emission_factor、ef_unit、ef_source。</translation>
        </message>
        <message>
            <source>Outputs of the mariculture removal or carbon stocks tools.</source>
            <translation>海水养殖碳移出或碳储量工具的输出。</translation>
        </message>
        <message>
            <source>Sinks known as one number, added to the layers.</source>
            <translation>已知为单一数值的碳汇，与图层相加。</translation>
        </message>
        <message>
            <source>Years of removal credited against the emission.</source>
            <translation>用于抵消排放的碳移出年数。</translation>
        </message>
        <message>
            <source>Share of removals withheld for non-permanence risk.</source>
            <translation>为非永久性风险扣留的碳移出比例。</translation>
        </message>
        <message>
            <source>Species whose additional harvest would close a deficit (name from the coefficient table).</source>
            <translation>用其额外收获来弥补缺口的物种（系数表中的名称）。</translation>
        </message>
        <message>
            <source>Gives the additional farmed area as well as the harvest.</source>
            <translation>同时给出额外的养殖面积和收获量。</translation>
        </message>
        <message>
            <source>How that species' shell carbon is counted (as in the mariculture removal tool).</source>
            <translation>该物种贝壳碳的计入方式（同海水养殖碳移出工具）。</translation>
        </message>
        <message>
            <source>Empty: the shipped table.</source>
            <translation>留空：使用自带的表。</translation>
        </message>
        <message>
            <source>HTML statement of the balance: inputs, sources, formulas and the result in one sentence.</source>
            <translation>抵消平衡的 HTML 说明：输入、来源、公式及一句话结论。</translation>
        </message>
        <message>
            <source>Carbon offset balance</source>
            <translation>碳抵消平衡</translation>
        </message>
        <message>
            <source>Emission sources (CSV)</source>
            <translation>排放源（CSV）</translation>
        </message>
        <message>
            <source>Sink layers</source>
            <translation>碳汇图层</translation>
        </message>
        <message>
            <source>Other sinks (t CO2e per year)</source>
            <translation>其他碳汇（t CO2e/年）</translation>
        </message>
        <message>
            <source>Crediting period (years)</source>
            <translation>计入期（年）</translation>
        </message>
        <message>
            <source>Buffer withheld (%)</source>
            <translation>扣留缓冲（%）</translation>
        </message>
        <message>
            <source>Species to close a deficit</source>
            <translation>用于弥补缺口的物种</translation>
        </message>
        <message>
            <source>Its yield (t per ha per year)</source>
            <translation>其单位面积产量（吨/公顷/年）</translation>
        </message>
        <message>
            <source>Give the emissions either as a number or as a table of emission sources, not both and not neither.</source>
            <translation>请以数值或排放源表之一给出排放量，不能都给也不能都不给。</translation>
        </message>
        <message>
            <source>Give at least one sink: a layer or a number.</source>
            <translation>请至少给出一个碳汇：图层或数值。</translation>
        </message>
        <message>
            <source>The sinks do not cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a coverage of {p:.1f}% (95% interval {lo:.1f}–{hi:.1f}%) and a deficit of {d:,.1f} t CO2e.</source>
            <translation>碳汇未能抵消排放：计入 {c:,.1f} t CO2e，排放 {e:,.1f} t CO2e，覆盖率 {p:.1f}%（95%区间 {lo:.1f}–{hi:.1f}%），缺口 {d:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>Credited removal (t CO2e)</source>
            <translation>计入的碳移出（t CO2e）</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>平衡</translation>
        </message>
        <message>
            <source>The sinks cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a coverage of {p:.1f}% (95% interval {lo:.1f}–{hi:.1f}%) and a surplus of {s:,.1f} t CO2e.</source>
            <translation>碳汇抵消了排放：计入 {c:,.1f} t CO2e，排放 {e:,.1f} t CO2e，覆盖率 {p:.1f}%（95%区间 {lo:.1f}–{hi:.1f}%），盈余 {s:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>Emissions, line by line (t CO2e = activity × emission factor)</source>
            <translation>逐项排放（t CO2e = 活动水平 × 排放因子）</translation>
        </message>
        <message>
            <source>Emissions</source>
            <translation>排放</translation>
        </message>
        <message>
            <source>Closing it needs {t:,.1f} t more {species} harvest per year</source>
            <translation>弥补缺口每年需增加 {species} 收获 {t:,.1f} 吨</translation>
        </message>
        <message>
            <source>, about {ha:,.1f} ha of farms.</source>
            <translation>，约合养殖面积 {ha:,.1f} 公顷。</translation>
        </message>
        <message>
            <source>Sink</source>
            <translation>碳汇</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>95% low</source>
            <translation>95%下限</translation>
        </message>
        <message>
            <source>95% high</source>
            <translation>95%上限</translation>
        </message>
        <message>
            <source>The sink layer {name} has neither removal_tco2e_yr nor uptake_tco2e_yr; use the output of the mariculture removal or carbon stocks tool.</source>
            <translation>碳汇图层 {name} 既没有 removal_tco2e_yr 也没有 uptake_tco2e_yr；请使用海水养殖碳移出或碳储量工具的输出。</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>活动水平</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Emission factor</source>
            <translation>排放因子</translation>
        </message>
        <message>
            <source>Factor unit</source>
            <translation>因子单位</translation>
        </message>
        <message>
            <source>Factor source</source>
            <translation>因子来源</translation>
        </message>
        <message>
            <source>Unknown species '{name}'. Known species: {known}.</source>
            <translation>未知物种“{name}”。已知物种：{known}。</translation>
        </message>
        <message>
            <source>Unknown species '{name}'. Known species: {known}. Did you mean: {near}?</source>
            <translation>未知物种“{name}”。已知物种：{known}。您是否指：{near}？</translation>
        </message>
        <message>
            <source>open water</source>
            <translation>开阔水域</translation>
        </message>
        <message>
            <source>tidal flat</source>
            <translation>潮滩</translation>
        </message>
        <message>
            <source>mangrove</source>
            <translation>红树林</translation>
        </message>
        <message>
            <source>salt marsh</source>
            <translation>盐沼</translation>
        </message>
        <message>
            <source>seagrass</source>
            <translation>海草床</translation>
        </message>
        <message>
            <source>seaweed/macroalgae</source>
            <translation>海藻/大型藻类</translation>
        </message>
        <message>
            <source>floating mariculture</source>
            <translation>浮筏养殖</translation>
        </message>
        <message>
            <source>aquaculture ponds</source>
            <translation>养殖池塘</translation>
        </message>
        <message>
            <source>other land</source>
            <translation>其他陆地</translation>
        </message>
        <message>
            <source>Mapped area and area-adjusted area of each class (ha), the adjusted area with its 95% confidence interval.</source>
            <translation>各类型的制图面积与面积校正面积（公顷），校正面积附 95% 置信区间。</translation>
        </message>
        <message>
            <source>Under each value, its bounds (low–high) where the table gives them; the numbered notes under the table give each row's Monte Carlo distribution, source and verification.</source>
            <translation>表中给出界限时，数值下方列出其界限（低–高）；表下的编号注释给出每行的蒙特卡罗分布、来源和核实状态。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>注释</translation>
        </message>
        <message>
            <source>Stock and uptake by project area: point estimate, Monte Carlo median and 95% interval</source>
            <translation>各项目区的碳储量与吸收量：点估计、蒙特卡罗中位数和95%区间</translation>
        </message>
        <message>
            <source>Stock of each project area (t CO2e, point estimate) with its 95% interval.</source>
            <translation>各项目区的碳储量（t CO2e，点估计）及其95%区间。</translation>
        </message>
        <message>
            <source>Stock of each habitat class (t C, point estimate; the Monte Carlo intervals are computed for areas and totals, not per class).</source>
            <translation>各生境类型的碳储量（t C，点估计；蒙特卡罗区间按项目区和总计计算，不按类型计算）。</translation>
        </message>
        <message>
            <source>Habitat classes in the colours of the plugin's style (styles/habitat_classes.qml), project areas outlined in red and labelled; scale bar: ground distance at the map's centre; arrow: true north.</source>
            <translation>生境类型采用插件样式（styles/habitat_classes.qml）的颜色，项目区以红线勾绘并标注；比例尺：地图中心处的地面距离；箭头：真北方向。</translation>
        </message>
        <message>
            <source>Stocks</source>
            <translation>碳储量</translation>
        </message>
        <message>
            <source>Accumulation, emissions and net sequestration</source>
            <translation>累积、排放与净固碳量</translation>
        </message>
        <message>
            <source>Under a value in brackets: its 95% interval.</source>
            <translation>数值下方方括号内为其95%区间。</translation>
        </message>
        <message>
            <source>Stock of each area at the start of each period and at the analysis year; the shaded band and whiskers are the 95% interval.</source>
            <translation>各区域在每个时段起点及分析年份的碳储量；阴影带和误差线为95%区间。</translation>
        </message>
        <message>
            <source>Stock of each area at the start of each period and at the analysis year.</source>
            <translation>各区域在每个时段起点及分析年份的碳储量。</translation>
        </message>
        <message>
            <source>Emissions of each category and in total, and the credited sink with its 95% interval (whiskers) where the sinks have bounds.</source>
            <translation>各类别排放及排放总量，以及计入的碳汇；碳汇有界限时附95%区间（误差线）。</translation>
        </message>
        <message>
            <source>Source and verification</source>
            <translation>来源与核实</translation>
        </message>
        <message>
            <source>Importance of each feature in the trained classifier (the importances sum to 1).</source>
            <translation>训练所得分类器中各特征的重要性（重要性之和为1）。</translation>
        </message>
        <message>
            <source>mapped</source>
            <translation>制图</translation>
        </message>
        <message>
            <source>adjusted ± 95%</source>
            <translation>校正 ± 95%</translation>
        </message>
        <message>
            <source>project area</source>
            <translation>项目区</translation>
        </message>
        <message>
            <source>no data or outside the raster</source>
            <translation>无数据或在栅格范围外</translation>
        </message>
        <message>
            <source>CRS</source>
            <translation>坐标参考系</translation>
        </message>
    </context>
</TS>