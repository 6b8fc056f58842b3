<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source> (converged: changes below 0.001)</source>
            <translation>（已收敛：变化小于 0.001）</translation>
        </message>
        <message>
            <source> (limit reached before the bounds were stable)</source>
            <translation>（达到上限时界限尚未稳定）</translation>
        </message>
        <message>
            <source> (stable to two significant digits)</source>
            <translation>（已稳定到两位有效数字）</translation>
        </message>
        <message>
            <source> (stopped at the maximum before the correlations settled)</source>
            <translation>（相关系数稳定之前已达到迭代上限而停止）</translation>
        </message>
        <message>
            <source>'{value}' is not a transition: write it as from&gt;to with whole class numbers, for example 3&gt;1 (also 3-&gt;1, 3→1 or 3,1).</source>
            <translation>“{value}”不是一个转换：请写成“起始&gt;目标”形式的整数类型代码，例如 3&gt;1（也可写作 3-&gt;1、3→1 或 3,1）。</translation>
        </message>
        <message>
            <source>, about {ha:,.1f} ha of farms.</source>
            <translation>，约合养殖面积 {ha:,.1f} 公顷。</translation>
        </message>
        <message>
            <source>04.00 or later: reflectance = (DN − 1000) / 10000</source>
            <translation>04.00 及之后：反射率 = (DN − 1000) / 10000</translation>
        </message>
        <message>
            <source>1 Scope and emission sources</source>
            <translation>1 核算边界与排放源</translation>
        </message>
        <message>
            <source>1-based band number, used with the Custom sensor.</source>
            <translation>从1开始的波段号，用于“自定义”传感器。</translation>
        </message>
        <message>
            <source>1. Temporal rule</source>
            <translation>1. 时间规则</translation>
        </message>
        <message>
            <source>1st percentile</source>
            <translation>第 1 百分位数</translation>
        </message>
        <message>
            <source>2 Activity data and emission factors</source>
            <translation>2 活动水平数据与排放因子</translation>
        </message>
        <message>
            <source>2. Minimum mapping unit for change</source>
            <translation>2. 变化的最小制图单元</translation>
        </message>
        <message>
            <source>3 Emissions by category</source>
            <translation>3 分类别排放量</translation>
        </message>
        <message>
            <source>4 Sink used</source>
            <translation>4 所用碳汇</translation>
        </message>
        <message>
            <source>5 Buffer and credited removal</source>
            <translation>5 缓冲与计入的清除量</translation>
        </message>
        <message>
            <source>6 Balance</source>
            <translation>6 平衡</translation>
        </message>
        <message>
            <source>7 Verification of the sink</source>
            <translation>7 碳汇的核证</translation>
        </message>
        <message>
            <source>90 % as VCS and CCER practice use; it also sets the uncertainty deduction's error.</source>
            <translation>90% 为 VCS 和 CCER 的惯例；它同时决定不确定性扣减所用的误差。</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95%区间</translation>
        </message>
        <message>
            <source>95% interval [t CO2e/yr]</source>
            <translation>95% 区间 [t CO2e/yr]</translation>
        </message>
        <message>
            <source>95% interval [t CO2e]</source>
            <translation>95% 区间 [t CO2e]</translation>
        </message>
        <message>
            <source>95% interval {lo:,.2f}–{hi:,.2f} t CO2e per year (Monte Carlo median {med:,.2f}, {n} iterations); the central value is the point estimate of the coefficients.</source>
            <translation>95% 区间为每年 {lo:,.2f}–{hi:,.2f} t CO2e（蒙特卡罗中位数 {med:,.2f}，迭代 {n} 次）；中心值是按系数点估计计算的结果。</translation>
        </message>
        <message>
            <source>99th percentile</source>
            <translation>第 99 百分位数</translation>
        </message>
        <message>
            <source>A = {share} % × max(ΔC soil, 0)</source>
            <translation>A = {share} % × max(ΔC 中的土壤部分, 0)</translation>
        </message>
        <message>
            <source>A biophysical table that gives a half-life of 0 to a pool disturbed in the run is refused unless this says what 0 means. InVEST reads 0 as never emitted: the disturbed carbon stays in the stock. A user who means 'released at once' wants the other choice: the whole disturbed volume is emitted in the year of the transition (the limit of the half-life formula as the half-life goes to 0). Classes with a half-life of 0 that are not disturbed, or whose disturbed fraction is 0, need no choice.</source>
            <translation>若生物物理参数表为运行中受扰动的碳库给出 0 的半衰期，除非此参数说明 0 的含义，否则该表会被拒绝。InVEST 将 0 解读为永不排放：受扰动的碳留在储量中。若本意是“立即释放”，应选择另一项：全部受扰动的碳在转换当年排放（即半衰期趋于 0 时半衰期公式的极限）。半衰期为 0 但未受扰动、或扰动比例为 0 的类型无需选择。</translation>
        </message>
        <message>
            <source>A habitat that stays itself is pre-filled accum, other classes that stay themselves or change between non-habitats NCC. Check every suggestion. Empty cells: the transition does not occur. carbonchange refuses a table that still holds 'disturb' or 'accum or disturb?'.</source>
            <translation>保持不变的生境预填为 accum，保持不变的其他类型或非生境之间的变化预填为 NCC。请逐项核对。空单元格：该转换未发生。carbonchange 会拒绝仍含有“disturb”或“accum or disturb?”的表。</translation>
        </message>
        <message>
            <source>A half-life of 0 is read as emitted at once, in the year of the transition, for: {cases}.</source>
            <translation>以下半衰期 0 按在转换当年一次性排放处理：{cases}。</translation>
        </message>
        <message>
            <source>A half-life of 0 is read as never emitted (InVEST's convention) for: {cases}.</source>
            <translation>以下半衰期 0 按永不排放（InVEST 的约定）处理：{cases}。</translation>
        </message>
        <message>
            <source>A half-life of 0 means</source>
            <translation>半衰期为 0 表示</translation>
        </message>
        <message>
            <source>A local worker process ended unexpectedly (exit code {code}), perhaps out of memory. Run again, or set the scheduler to 0 to run in this process.</source>
            <translation>一个本地工作进程意外结束（退出码 {code}），可能是内存不足。请重新运行，或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>A model file written by 'Train habitat classifier' (usually .bcmodel; any file name is accepted, the content is checked).</source>
            <translation>由“训练生境分类器”写出的模型文件（通常为 .bcmodel；接受任何文件名，会检查文件内容）。</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>A period table's totals were spread evenly over the period's years, which is not how the stock changes year by year; use the yearly tables (OUTPUT_YEARLY), or the maps.</source>
            <translation>时段表的合计被平均分摊到该时段的各年，而碳储量并非逐年均匀变化；请使用逐年表（OUTPUT_YEARLY）或地图。</translation>
        </message>
        <message>
            <source>A pixel that flips A → B → A over three consecutive dates is treated as an error of the middle date, which gets A. The first and last dates are never changed. Unchecked: off.</source>
            <translation>在连续三个日期中按 A → B → A 翻转的像元，视为中间日期的错误，中间日期改为 A。第一个和最后一个日期从不改动。不勾选：关闭。</translation>
        </message>
        <message>
            <source>A polygon spans {span:.1f}° of longitude even after its rings were joined across the antimeridian; split it into parts narrower than 180°.</source>
            <translation>一个多边形即使在其环跨越反子午线连接之后仍跨越 {span:.1f}° 经度；请将其拆分为宽度小于 180° 的部分。</translation>
        </message>
        <message>
            <source>A price for every year from the first snapshot to the year before the analysis year; replaces the price and increase above.</source>
            <translation>从第一个快照到分析年份前一年的每年价格；将替代上面的价格和增长率。</translation>
        </message>
        <message>
            <source>a raster</source>
            <translation>栅格</translation>
        </message>
        <message>
            <source>a raster or vector layer</source>
            <translation>栅格或矢量图层</translation>
        </message>
        <message>
            <source>A scaling is refused when the scaled values fall far outside 0–1 (a 99th percentile above 1.5: digital numbers; every band's 99th percentile below 0.01: reflectance scaled twice; more than 5% of a band below −0.01: a wrong offset); slightly negative values, the noise over dark water, are accepted. Set this to go on with the scaling as given; the log then warns.</source>
            <translation>缩放后的数值远离 0–1 时拒绝该缩放（第 99 百分位数大于 1.5：是 DN 值；所有波段的第 99 百分位数都小于 0.01：反射率被缩放了两次；某波段超过 5% 的数值低于 −0.01：偏移量错误）；略小于 0 的数值是暗水体上的噪声，予以接受。勾选此项则按所给缩放继续运行，日志中给出警告。</translation>
        </message>
        <message>
            <source>A stratified reference sample of {n} labelled points gives, for each map transition i (read from the two snapshots at the point), the share p(j | i) of its points whose reference transition is j (Olofsson et al. 2014). Each area's change is also computed on its area-adjusted transitions: the mapped area of each transition is shared out over the reference transitions, and each reference transition carries the model's per-hectare result of that transition.</source>
            <translation>由 {n} 个已标注点组成的分层参考样本，为每种地图转换 i（由该点处的两期快照读出）给出其样本点中参考转换为 j 的比例 p(j | i)（Olofsson 等，2014）。各区域的变化还按其面积校正后的转换计算：每种转换的制图面积按参考转换分摊，每种参考转换带有模型对该转换的每公顷结果。</translation>
        </message>
        <message>
            <source>A transition map (a raster whose values are from→to class pairs, with its transition table in the GeoTIFF metadata item BLUECARBON_TRANSITIONS or in a CSV of the same name beside it) is sampled for the accuracy of change: the strata are its stable and change transitions, and every change stratum gets at least the minimum sample per change stratum (30 by default: the openMRV sampling module's minimum per stratum; Olofsson et al. 2014, section 5.1.2, advise 50–100 for each change stratum). With a buffer width above 0, the stable pixels within that many pixels of mapped change form one more stratum, where omitted change hides (Olofsson et al. 2020, Remote Sensing of Environment 236: 111492; openMRV sampling module, section 4.2); the accuracy assessment then uses the estimators for strata that are not the map classes (Stehman 2014). The points carry their stratum (value, label, kind) and their map transition, and empty ref_from and ref_to fields: label the class at each date.</source>
            <translation>转换图（像元值为“起始→目标”类型对的栅格，其转换表存于 GeoTIFF 元数据项 BLUECARBON_TRANSITIONS，或存于其旁同名的 CSV 文件）按变化精度抽样：以其稳定转换和变化转换为层，每个变化层至少抽取“每个变化层最小样本量”个点（默认30：openMRV 抽样模块规定的每层最小样本量；Olofsson 等 2014 第5.1.2节建议每个变化层50–100个）。缓冲宽度大于0时，距已制图变化不超过该像元数的稳定像元另成一层，遗漏的变化多藏于此（Olofsson 等 2020，Remote Sensing of Environment 236: 111492；openMRV 抽样模块第4.2节）；此时精度评价采用层与分类图类型不一致时的估计量（Stehman 2014）。样本点带有其所属层（值、标签、类别）和分类图上的转换，以及空的 ref_from 和 ref_to 字段：请标注每个日期的类型。</translation>
        </message>
        <message>
            <source>a vector layer</source>
            <translation>矢量图层</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>住宿</translation>
        </message>
        <message>
            <source>Accumulation rate on all habitat area (national sink inventories)</source>
            <translation>累积速率用于全部生境面积（国家碳汇清单）</translation>
        </message>
        <message>
            <source>accumulation rate on all habitat area (the basis of national ocean-sink inventories)</source>
            <translation>累积速率用于全部生境面积（国家海洋碳汇清单的做法）</translation>
        </message>
        <message>
            <source>Accumulation {start}-{end}</source>
            <translation>{start}-{end} 年累积量</translation>
        </message>
        <message>
            <source>Accumulation, adjusted</source>
            <translation>累积量（校正）</translation>
        </message>
        <message>
            <source>Accumulation, emissions and net sequestration</source>
            <translation>累积、排放与净固碳量</translation>
        </message>
        <message>
            <source>Accumulation, mapped</source>
            <translation>累积量（制图）</translation>
        </message>
        <message>
            <source>Accuracy ({how})</source>
            <translation>精度（{how}）</translation>
        </message>
        <message>
            <source>Accuracy and area-adjusted areas (± 95% confidence interval)</source>
            <translation>精度与面积校正后的面积（± 95%置信区间）</translation>
        </message>
        <message>
            <source>Accuracy assessment and area-adjusted areas</source>
            <translation>精度评价与面积校正</translation>
        </message>
        <message>
            <source>Accuracy by class</source>
            <translation>分类型精度</translation>
        </message>
        <message>
            <source>Accuracy of a model trained on the other dates</source>
            <translation>仅用其他日期训练的模型的精度</translation>
        </message>
        <message>
            <source>Accuracy per date</source>
            <translation>各日期的精度</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>活动水平</translation>
        </message>
        <message>
            <source>Adaptive Monte Carlo of JCGM 101:2008 7.9: batches are added until the mean, standard deviation and 95% bounds of the grand totals are stable to two significant digits of their standard uncertainty (at most 2,000,000 draws, and at most 200,000,000 over all areas and outputs: 80,000 for 1,200 areas). Off: exactly one batch.</source>
            <translation>JCGM 101:2008 第 7.9 节的自适应蒙特卡罗：不断增加批次，直到总计的均值、标准差和 95% 界限在其标准不确定度的两位有效数字上稳定（最多 2,000,000 次抽样，且所有区域和输出合计最多 200,000,000 次：1,200 个区域时为 80,000 次）。关闭：只抽一个批次。</translation>
        </message>
        <message>
            <source>adaptive, JCGM 101:2008 7.9</source>
            <translation>自适应，JCGM 101:2008 第 7.9 节</translation>
        </message>
        <message>
            <source>Add batches until the intervals are stable</source>
            <translation>不断增加批次直到区间稳定</translation>
        </message>
        <message>
            <source>Additional farmed area needed to close a deficit (ha)</source>
            <translation>弥补缺口所需的额外养殖面积（公顷）</translation>
        </message>
        <message>
            <source>Additional harvest needed to close a deficit (t fresh weight per year)</source>
            <translation>弥补缺口所需的额外收获量（鲜重吨/年）</translation>
        </message>
        <message>
            <source>Adjusted</source>
            <translation>校正后</translation>
        </message>
        <message>
            <source>adjusted [ha]</source>
            <translation>校正 [ha]</translation>
        </message>
        <message>
            <source>adjusted ± 95%</source>
            <translation>校正 ± 95%</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Allochthonous soil carbon</source>
            <translation>外源土壤碳</translation>
        </message>
        <message>
            <source>allochthonous soil carbon</source>
            <translation>外源土壤碳</translation>
        </message>
        <message>
            <source>Allochthonous soil carbon (%)</source>
            <translation>外源土壤碳（%）</translation>
        </message>
        <message>
            <source>Allochthonous soil carbon deduction (t CO2e)</source>
            <translation>外源土壤碳扣减（t CO2e）</translation>
        </message>
        <message>
            <source>allowable uncertainty</source>
            <translation>允许不确定性</translation>
        </message>
        <message>
            <source>Allowable uncertainty (%)</source>
            <translation>允许不确定性（%）</translation>
        </message>
        <message>
            <source>Analysis year</source>
            <translation>分析年份</translation>
        </message>
        <message>
            <source>Anticipated standard error of overall accuracy for the allocation drawn</source>
            <translation>实际分配下总体精度的预期标准误</translation>
        </message>
        <message>
            <source>Anticipated standard error of overall accuracy for this allocation: {ase:.4f} (Olofsson et al. 2014, section 5.1.1; target {se}).</source>
            <translation>此分配下总体精度的预期标准误：{ase:.4f}（Olofsson 等 2014，第5.1.1节；目标 {se}）。</translation>
        </message>
        <message>
            <source>Any of NDVI, NDWI, MNDWI, EVI, SAVI, LSWI, MVI, CMRI, FAI; case does not matter.</source>
            <translation>NDVI、NDWI、MNDWI、EVI、SAVI、LSWI、MVI、CMRI、FAI 中的任意几个；不区分大小写。</translation>
        </message>
        <message>
            <source>applied</source>
            <translation>已应用</translation>
        </message>
        <message>
            <source>applied: {n} pixels</source>
            <translation>已应用：{n} 个像元</translation>
        </message>
        <message>
            <source>Applies a model from 'Train habitat classifier' to an image, block by block (memory does not grow with the image), and writes the habitat class map (uint8, nodata 0, styled) and optionally the confidence (the highest class probability, 0–1).

Without SENSOR, the image must have the band layout the model was trained on (same number of bands and, when recorded, the same band descriptions); the model's own band mapping and reflectance scaling are used, and the product's fill values and valid range recorded in the model make those pixels nodata. With SENSOR (and the other sensor parameters), the image is read with its own preset: an image of another date or sensor (a Landsat 5 TM baseline for a model trained on Sentinel-2, or an image normalised to the training image, read with Custom) is classified on the same features, reflectances by band role and indices; it must give every feature the model uses.

Spectra the model has not seen: the model records the range of its training spectra per class (1st–99th percentile per band and index). On a sample spread over the image (inside the mask), a pixel is unseen when a band's reflectance lies outside the range of the class the model gives it, widened by 10% of the range and at least 0.01 reflectance, and down to −0.01 for a band whose training range reaches dark values (so that water's NIR a little below zero is not flagged when the training had water): hazy water classified as land is unseen, as land's NIR range does not hold it. Indices are not judged: ratios of bands at zero leave any range without the spectra being new. The training images themselves have some unseen pixels (surfaces unlike every sample); when the image's share exceeds theirs by more than UNSEEN_LIMIT (5 percentage points) the run is refused, naming the features, unless ALLOW_UNSEEN is set (then it warns).

One grid: with REFERENCE_GRID, the map (and the confidence) is written on that raster's grid — the reference image's — so that the maps of every date share one grid; classes are resampled with nearest neighbour, and the log says so.

The model file is checked before use and a modified or foreign file is refused. An optional mask (raster, non-zero inside, or polygons) limits the classification.</source>
            <translation>将“训练生境分类器”生成的模型逐块应用于影像（内存不随影像增大），输出生境分类图（uint8，无数据值0，带样式），并可输出置信度（最高类型概率，0–1）。

不设 SENSOR 时，影像的波段布局须与模型训练时相同（波段数相同；若有记录，波段描述也须相同）；使用模型自身记录的波段对应与反射率缩放，模型中记录的产品填充值与有效范围之外的像元作为无数据处理。设置 SENSOR（及其他传感器参数）时，影像按其自身的预设读取：其他日期或传感器的影像（例如用 Sentinel-2 训练的模型对应的 Landsat 5 TM 基线影像，或已归一化到训练影像、按自定义传感器读取的影像）用同样的特征分类，即按波段角色的反射率和指数；影像须能给出模型所用的全部特征。

模型未见过的光谱：模型按类型记录其训练光谱的范围（每个波段和指数的第 1–99 百分位数）。在分布于整幅影像（掩膜内）的样本上，若某像元某一波段的反射率超出模型赋予它的类型的范围（范围两侧各放宽其宽度的 10%，至少 0.01 反射率；训练范围达到暗值的波段下限放宽到 −0.01，使训练含有水体时，近红外略低于零的水体不被标记），即为未见过的像元：被分为陆地的浑浊水体属于未见过的像元，因为陆地的近红外范围容纳不了它。指数不作判断：数值为零附近的波段之比会超出任何范围，而光谱本身并不新。训练影像自身也有一些未见过的像元（与所有样本都不相似的地物）；当影像的比例比训练影像的高出 UNSEEN_LIMIT（5 个百分点）以上时拒绝运行，并指出相关特征，除非设置了 ALLOW_UNSEEN（此时给出警告）。

统一网格：设置 REFERENCE_GRID 时，分类图（及置信度）写在该栅格（参考影像）的网格上，使各日期的分类图共用一个网格；类型用最近邻重采样，日志中会说明。

使用前会校验模型文件，被修改或外来的文件将被拒绝。可选的掩膜（栅格非零处，或面要素）限定分类范围。</translation>
        </message>
        <message>
            <source>aquaculture ponds</source>
            <translation>养殖池塘</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>面积（公顷）</translation>
        </message>
        <message>
            <source>Area accounted, overlapping areas once</source>
            <translation>核算面积，重叠区域只计一次</translation>
        </message>
        <message>
            <source>Area accounted, overlaps once (ha)</source>
            <translation>核算面积，重叠部分只计一次（公顷）</translation>
        </message>
        <message>
            <source>Area identifier field</source>
            <translation>区域标识字段</translation>
        </message>
        <message>
            <source>Area left out of both scenarios: nodata in a map (ha)</source>
            <translation>两个情景都剔除的面积：某幅地图中为无数据（公顷）</translation>
        </message>
        <message>
            <source>Area of the polygons (ha)</source>
            <translation>多边形面积（ha）</translation>
        </message>
        <message>
            <source>Area that changed class, whole map (ha)</source>
            <translation>类型发生变化的面积，整幅图（公顷）</translation>
        </message>
        <message>
            <source>Area where project areas overlap (ha)</source>
            <translation>项目区相互重叠的面积（公顷）</translation>
        </message>
        <message>
            <source>Area {area} has two periods covering the year {year}.</source>
            <translation>区域 {area} 有两个时段覆盖 {year} 年。</translation>
        </message>
        <message>
            <source>Area {id} lies within 3° of the tropic ({lat:.2f}°): its automatic climate zone ({zone}) may not match the local climate; set the climate zone explicitly if it does not.</source>
            <translation>区域 {id} 距回归线不足 3°（{lat:.2f}°）：其自动气候带（{zone}）可能与当地气候不符；如不符，请明确设置气候带。</translation>
        </message>
        <message>
            <source>Area {id}: centre at latitude {lat:.2f}°, climate zone {zone}.</source>
            <translation>区域 {id}：中心纬度 {lat:.2f}°，气候带 {zone}。</translation>
        </message>
        <message>
            <source>Area {n} does not overlap any mapped pixel of the habitat raster; its carbon is zero.</source>
            <translation>区域 {n} 未覆盖生境栅格中任何已制图像元，其碳量为零。</translation>
        </message>
        <message>
            <source>Area {n} does not overlap any pixel that has a class in every snapshot; its totals are zero.</source>
            <translation>区域 {n} 未覆盖任何在所有快照中都有类型的像元；其总量为零。</translation>
        </message>
        <message>
            <source>Area {n} has an invalid geometry ({reason}); it was repaired before measuring: its rings as drawn add up to {before:.4f} ha, the repaired polygon covers {after:.4f} ha, which is the area used. Check its outline.</source>
            <translation>区域 {n} 的几何无效（{reason}）；量算前已修复：按绘制的环相加为 {before:.4f} 公顷，修复后的多边形覆盖 {after:.4f} 公顷，计算采用后者。请检查其边界。</translation>
        </message>
        <message>
            <source>Area {n} has no pixel with a class in every map of both scenarios; its amounts are zero.</source>
            <translation>区域 {n} 没有在两个情景的每幅地图中都有类型的像元；其各项数量为零。</translation>
        </message>
        <message>
            <source>Area-adjusted areas</source>
            <translation>校正面积</translation>
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
            <source>Areas are the true areas on the ellipsoid of the raster's CRS; a pixel partly inside an area counts by the fraction of its area inside. polygon_ha = area_ha (mapped habitat) + unmapped_ha (nodata or outside the raster).</source>
            <translation>面积为栅格坐标参考系椭球面上的真实面积；部分位于区域内的像元按其位于区域内的面积比例计算。polygon_ha = area_ha（已制图生境）+ unmapped_ha（无数据或位于栅格之外）。</translation>
        </message>
        <message>
            <source>Arithmetic of the lines above.</source>
            <translation>上述各行的算术结果。</translation>
        </message>
        <message>
            <source>As in 'Carbon stock change over time': a half-life of 0 for carbon disturbed in either scenario is refused unless this says whether it is never emitted (InVEST) or emitted at once.</source>
            <translation>与“碳储量随时间的变化”相同：任一情景中被扰动的碳若半衰期为 0，除非此处说明其为从不排放（InVEST）还是一次性排放，否则拒绝运行。</translation>
        </message>
        <message>
            <source>Assumption</source>
            <translation>假设</translation>
        </message>
        <message>
            <source>Automatic from latitude: tropical dry inside the tropics, subtropical outside</source>
            <translation>按纬度自动：热带内为热带干旱，热带外为亚热带</translation>
        </message>
        <message>
            <source>Automatic from latitude: tropical wet inside the tropics, subtropical outside</source>
            <translation>按纬度自动：热带内为热带湿润，热带外为亚热带</translation>
        </message>
        <message>
            <source>Automatic: metadata, else decided from the data</source>
            <translation>自动：读取元数据，否则根据数据判断</translation>
        </message>
        <message>
            <source>Average (a finer target onto a coarser grid)</source>
            <translation>平均值（较细的目标影像重采样到较粗的网格）</translation>
        </message>
        <message>
            <source>B = {buffer} % × max(NER, 0): on the net after leakage, before the uncertainty deduction (chosen instead of the stock change)</source>
            <translation>B = {buffer} % × max(NER, 0)：按扣除泄漏后的净量计，在扣除不确定性之前（选用此项而非碳储量变化）</translation>
        </message>
        <message>
            <source>B = {buffer} % × max(ΔC′, 0): on the stock change, before leakage and the uncertainty deduction</source>
            <translation>B = {buffer} % × max(ΔC′, 0)：按碳储量变化计，在扣除泄漏和不确定性之前</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>band</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>band metadata BOA_ADD_OFFSET = {value}</source>
            <translation>波段元数据 BOA_ADD_OFFSET = {value}</translation>
        </message>
        <message>
            <source>Band numbers are missing for: {roles}. Set them (Custom sensor) or use a product whose band descriptions name them.</source>
            <translation>缺少以下波段的波段号：{roles}。请设置（自定义传感器）或使用波段描述中注明这些波段的产品。</translation>
        </message>
        <message>
            <source>Band of the habitat raster (default 1).</source>
            <translation>生境栅格的波段（默认 1）。</translation>
        </message>
        <message>
            <source>Band that holds the class values (default 1).</source>
            <translation>存放类型值的波段（默认 1）。</translation>
        </message>
        <message>
            <source>Bands</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>Bands and scaling as in training: {how}.</source>
            <translation>波段与缩放同训练时：{how}。</translation>
        </message>
        <message>
            <source>bands found by their descriptions</source>
            <translation>按波段描述找到的波段</translation>
        </message>
        <message>
            <source>Bands {bands}: {how}.</source>
            <translation>波段 {bands}：{how}。</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <source>Baseline (t CO2e)</source>
            <translation>基线（t CO2e）</translation>
        </message>
        <message>
            <source>baseline map {year}</source>
            <translation>基线地图 {year}</translation>
        </message>
        <message>
            <source>Baseline net sequestration over the crediting period (t CO2e)</source>
            <translation>计入期内基线净固碳量（t CO2e）</translation>
        </message>
        <message>
            <source>Baseline scenario change table (earlier form)</source>
            <translation>基线情景变化表（旧形式）</translation>
        </message>
        <message>
            <source>baseline scenario table</source>
            <translation>基线情景表</translation>
        </message>
        <message>
            <source>Before 04.00: reflectance = DN / 10000</source>
            <translation>04.00 之前：反射率 = DN / 10000</translation>
        </message>
        <message>
            <source>Beta-PERT over the observed range, median = value</source>
            <translation>观测范围上的 Beta-PERT 分布，中位数 = 数值</translation>
        </message>
        <message>
            <source>Beta-PERT over the range, mode = value</source>
            <translation>范围上的 Beta-PERT 分布，众数 = 数值</translation>
        </message>
        <message>
            <source>Bilinear</source>
            <translation>双线性</translation>
        </message>
        <message>
            <source>Biophysical table</source>
            <translation>生物物理参数表</translation>
        </message>
        <message>
            <source>biophysical table</source>
            <translation>生物物理参数表</translation>
        </message>
        <message>
            <source>Biophysical table (InVEST CSV)</source>
            <translation>生物物理参数表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Blue band (Custom)</source>
            <translation>蓝波段（自定义）</translation>
        </message>
        <message>
            <source>Blue Carbon</source>
            <translation>蓝碳</translation>
        </message>
        <message>
            <source>Blue Carbon model (*.bcmodel)</source>
            <translation>蓝碳模型 (*.bcmodel)</translation>
        </message>
        <message>
            <source>Blue Carbon model (*.bcmodel);;All files (*)</source>
            <translation>蓝碳模型 (*.bcmodel);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Blue carbon stocks and uptake</source>
            <translation>蓝碳储量与年吸收量</translation>
        </message>
        <message>
            <source>Blue Carbon: coastal habitat maps to carbon accounts</source>
            <translation>蓝碳：由海岸带生境图到碳核算</translation>
        </message>
        <message>
            <source>BOA_ADD_OFFSET {value} in MTD_MSIL2A.xml</source>
            <translation>MTD_MSIL2A.xml 中的 BOA_ADD_OFFSET {value}</translation>
        </message>
        <message>
            <source>Buffer stratum of {n} pixel(s), as recorded by the sampling design on the points (field buffer_px).</source>
            <translation>缓冲层宽 {n} 个像元，取自抽样设计记录在样本点上的值（buffer_px 字段）。</translation>
        </message>
        <message>
            <source>Buffer stratum width in pixels (transition maps)</source>
            <translation>缓冲层宽度（像元，用于转换图）</translation>
        </message>
        <message>
            <source>Buffer stratum width in pixels (transition maps, 0 = none)</source>
            <translation>缓冲层宽度（像元，用于转换图，0 = 不设）</translation>
        </message>
        <message>
            <source>Buffer taken on</source>
            <translation>缓冲的计算基数</translation>
        </message>
        <message>
            <source>Buffer withheld (%)</source>
            <translation>扣留缓冲（%）</translation>
        </message>
        <message>
            <source>Buffer withheld (t CO2e)</source>
            <translation>扣留的缓冲量（t CO2e）</translation>
        </message>
        <message>
            <source>buffer: no change within {n} pixel(s) of mapped change</source>
            <translation>缓冲层：距已制图变化 {n} 个像元以内的未变化像元</translation>
        </message>
        <message>
            <source>BUFFER_PIXELS is {width}, but the points were drawn with a buffer stratum of {points} pixel(s) (field buffer_px). The strata must be those of the sampling design: set BUFFER_PIXELS={points} or leave it empty.</source>
            <translation>BUFFER_PIXELS 为 {width}，但这些样本点是以 {points} 个像元宽的缓冲层抽取的（buffer_px 字段）。层必须与抽样设计一致：请设 BUFFER_PIXELS={points} 或留空。</translation>
        </message>
        <message>
            <source>Built from two separate change tables: no joint interval of the net can be computed (the tables keep no Monte Carlo draws), the tables cannot show whether both scenarios stand on the same pixels and years, overlapping areas are added as they are, and habitats and eligibility cannot be checked. Central values only: not for verification. Give both scenarios' maps instead.</source>
            <translation>由两张分开的变化表得出：无法计算净量的联合区间（表中不保留蒙特卡罗抽样），表格无法表明两个情景是否基于相同的像元和年份，重叠区域按原样相加，生境和合格性也无法核对。仅有中心值：不可用于核查。请改为提供两个情景的地图。</translation>
        </message>
        <message>
            <source>By area over the crediting period</source>
            <translation>计入期内按区域</translation>
        </message>
        <message>
            <source>By habitat type and methodology</source>
            <translation>按生境类型与方法学</translation>
        </message>
        <message>
            <source>Cannot open the raster {path}: {error}</source>
            <translation>无法打开栅格 {path}：{error}</translation>
        </message>
        <message>
            <source>Cannot reach the Dask scheduler at {address} within {seconds} s ({error}). Check the address and that dask-scheduler runs there, or leave the scheduler empty to run on this machine.</source>
            <translation>在 {seconds} 秒内无法连接 {address} 处的 Dask 调度器（{error}）。请检查地址以及 dask-scheduler 是否在该处运行，或将调度器留空以在本机运行。</translation>
        </message>
        <message>
            <source>Cannot read the restored-area raster {path}: {error}</source>
            <translation>无法读取修复区域栅格 {path}：{error}</translation>
        </message>
        <message>
            <source>Cannot read the {what} {path}: {error}</source>
            <translation>无法读取{what} {path}：{error}</translation>
        </message>
        <message>
            <source>Carbon accounting</source>
            <translation>碳核算</translation>
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
            <source>Carbon by project area</source>
            <translation>各项目区碳量</translation>
        </message>
        <message>
            <source>Carbon densities, their sources and verification status</source>
            <translation>碳密度、来源及核实状态</translation>
        </message>
        <message>
            <source>Carbon density table (CSV)</source>
            <translation>碳密度表（CSV）</translation>
        </message>
        <message>
            <source>Carbon price (per Mg CO2e) in the first year</source>
            <translation>首年碳价（每 Mg CO2e）</translation>
        </message>
        <message>
            <source>Carbon stock (t C)</source>
            <translation>碳储量（t C）</translation>
        </message>
        <message>
            <source>Carbon stock (t CO2e): point estimate [MC median; 95% interval]</source>
            <translation>碳储量（t CO2e）：点估计 [蒙特卡罗中位数；95% 区间]</translation>
        </message>
        <message>
            <source>Carbon stock at {year}</source>
            <translation>{year} 年碳储量</translation>
        </message>
        <message>
            <source>Carbon stock change over time</source>
            <translation>碳储量随时间的变化</translation>
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
            <translation>按项目区计算各碳库的碳储量和每年的 CO2 吸收量，依据生境分类栅格和各类型的碳密度表。

面积精确计算：部分位于多边形内的像元按其位于多边形内的面积比例计算；无论采用何种坐标参考系，所有面积都是栅格坐标参考系椭球面上的真实面积。其他坐标参考系的多边形先加密节点，再重投影到栅格的坐标参考系。polygon_ha 为多边形的椭球面积：area_ha（已制图生境）+ unmapped_ha（无数据或位于栅格之外）= polygon_ha。

公式：stock_tc = Σ area_ha × (agb + bgb + dead + soil)；uptake_tc_yr = Σ 吸收面积 area_ha × seq；CO2e = C × 44/12。

气候带：IPCC 2013 第 1 层级的红树林生物量和根冠比在热带湿润、热带干旱和亚热带红树林之间不同。默认情况下，各区域的气候带按其中心纬度确定（热带内，|纬度| ≤ 23.44°：热带湿润，选第二个自动选项时为热带干旱；热带外：亚热带）；若当地气候不同，请明确设置气候带（广东、广西海岸位于北回归线以南不远，但其红树林通常称为亚热带红树林）。自定义的表可以带 climate_zone 列；没有该列时，其数值适用于所有地方。

国家：设置 COUNTRY（ISO 3166 三字母代码，或英文或中文名称：CHN、China、中国）后，红树林地上生物量、地下生物量和土壤碳密度取自 Mangrove Carbon App 的国家表（Global Wetlands Project，MIT 许可；Adame 等 2018、2020；Global Mangrove Watch 范围）：这是基于国家制图数据的第 2 层级选择，在有数据时优于全球第 1 层级均值。其他类型和红树林累积速率沿用原有的行。该表没有不确定性界限：各碳库围绕国家数值沿用第 1 层级的相对范围。

吸收量基础：(0) 累积速率用于全部生境面积，与国家海洋碳汇清单的做法相同；(1) IPCC 2013 第 1 层级：表 4.12 的速率只用于修复、再植或新建的湿地，由 RESTORED 给出（多边形，或非零像元表示已修复的栅格），其他地方为零。

制图误差：提供分类图的已标注分层样本（REFERENCE、REF_FIELD，与精度评价相同）后，各区域的类型面积也会校正：adjusted_ha_j = Σ_i mapped_ha_i × p(j | i)，p(j | i) = 样本中分类图类型 i 的样点里参考类型为 j 的比例（Olofsson 等，2014）。这里假设区域内的制图误差与整幅地图相同。碳储量和吸收量随后也按校正面积给出（_adj 字段），其区间包含制图误差：每次迭代将各分类图类型的条件比例按其 Dirichlet 后验分布与密度一同抽样。

不确定性：每个带界限的密度在每次迭代中为所有区域抽样一次，所用分布由表中该行指定（dist 列）：对称的 95% 界限用正态分布（在 0 处截断），偏斜的 95% 界限用以数值为中位数的对数正态分布，默认表中的观测最小–最大范围用中位数等于第 1 层级数值的 Beta-PERT 分布。_lo/_hi 字段为 2.5–97.5 百分位；标题数值为由中心值得到的点估计，报告同时给出蒙特卡罗中位数。默认按批次增加抽样，直到界限稳定（JCGM 101:2008，第 7.9 节）；会输出所用抽样次数。随机种子只在同一 NumPy 版本内重现相同的抽样。

重叠区域在各自的行中完整计算；总计中重叠的地面只计算一次，并报告重叠面积。

默认碳密度表包含插件标准类型（1 开阔水域、2 潮滩、3 红树林、4 盐沼、5 海草床、6 海藻/大型藻类、7 浮筏养殖、8 养殖池塘、9 其他陆地）的 IPCC 2013 湿地增补指南第 1 层级数值，每行都注明来源及其核实状态。</translation>
        </message>
        <message>
            <source>Carbon stocks and uptake by area</source>
            <translation>分区碳储量与年吸收量</translation>
        </message>
        <message>
            <source>Carbon stocks, accumulation, emissions, net sequestration and net present value over time from land-cover snapshots, as InVEST Coastal Blue Carbon computes them, with totals per project area.

Reads InVEST's own tables unchanged: the snapshot table (snapshot_year, raster_path), the biophysical table (code, lulc-class, initial stocks, half-lives, disturbance fractions and yearly accumulation per pool) and the transition table (accum, low-/med-/high-impact-disturb, NCC per from/to class). The plugin's own class values (1 open water … 9 other land) work as codes. Values are Mg CO2e per hectare (or Mg C per hectare, converted with 44/12, if so chosen).

Two readings: the InVEST User's Guide equations (default: net sequestration = accumulation − emissions = change of stock, litter included) or natcap.invest 3.14.2's code, bit for bit (the README lists where they differ).

Any CRS: areas are true ellipsoidal areas; a pixel partly inside an area counts by the share of its area inside. Uncertainty: _lo/_hi columns of the biophysical table give Monte Carlo intervals. Snapshots must share one grid; a pair of classes that occurs but has no transition is refused, naming it.

A half-life of 0 for a pool that is disturbed in the run is refused until 'A half-life of 0 means' says whether the carbon is never emitted (InVEST's convention) or emitted at once.

Map error: with a labelled stratified sample of transitions (REFERENCE; the reference class at each date in REF_FROM_FIELD and REF_TO_FIELD, or pairs such as 3&gt;1 in REF_FIELD, as for the accuracy assessment of a transition map) and two snapshots, each area's accumulation, emissions and net sequestration are also given on the area-adjusted transitions (_adj fields): adjusted = Σ_i A_i Σ_j p(j | i) r_j, A_i the mapped area of transition i in the area, p(j | i) the sample's share of reference transition j among the points whose map transition (read from the snapshots) is i (Olofsson et al. 2014), r_j the model's per-hectare result of transition j. This assumes that the map's error rates inside each area are those of the whole map. The intervals draw p(. | i) from its Dirichlet posterior together with the biophysical values in every iteration. A reference transition whose cell in the transition table is empty is refused.</source>
            <translation>按 InVEST 滨海蓝碳模型的方法，由土地覆盖快照计算碳储量、累积量、排放量、净固碳量和净现值随时间的变化，并给出各项目区的总量。

直接读取 InVEST 自己的表格：快照表（snapshot_year、raster_path）、生物物理参数表（code、lulc-class、各碳库的初始储量、半衰期、扰动比例和年累积量）和转换表（每对转出/转入类型的 accum、low-/med-/high-impact-disturb、NCC）。插件自己的类型值（1 开阔水域 … 9 其他陆地）可作为代码使用。数值单位为每公顷 Mg CO2e（如选择，也可为每公顷 Mg C，按 44/12 换算）。

两种解读：InVEST 用户指南中的公式（默认：净固碳量 = 累积量 − 排放量 = 储量变化，含凋落物）或 natcap.invest 3.14.2 代码（逐位一致；两者的差异见 README）。

支持任意坐标参考系：面积为椭球面真实面积；部分位于区域内的像元按其位于区域内的面积比例计入。不确定性：生物物理参数表的 _lo/_hi 列给出蒙特卡罗区间。各快照须使用同一网格；出现但没有转换定义的类型对会被拒绝并指明。

若某个在运行中受扰动的碳库的半衰期为 0，则运行会被拒绝，直到用“半衰期为 0 表示”参数说明这部分碳是永不排放（InVEST 的约定）还是立即排放。

制图误差：给出已标注的转换分层样本（REFERENCE；各期参考类型在 REF_FROM_FIELD 和 REF_TO_FIELD 中，或在 REF_FIELD 中以 3&gt;1 这样的类型对给出，与转换图的精度评价相同）且有两期快照时，各区域的累积量、排放量和净固碳量还按面积校正后的转换给出（_adj 字段）：校正值 = Σ_i A_i Σ_j p(j | i) r_j，A_i 为区域内转换 i 的制图面积，p(j | i) 为地图转换（由快照读出）为 i 的样本点中参考转换为 j 的比例（Olofsson 等，2014），r_j 为模型对转换 j 的每公顷结果。这假设各区域内的地图错误率与整幅地图相同。区间在每次迭代中将 p(. | i) 从其狄利克雷后验分布中与生物物理参数一起抽取。参考转换在转换表中的单元格为空时会被拒绝。</translation>
        </message>
        <message>
            <source>Carbon-neutrality statement of the event</source>
            <translation>活动碳中和声明</translation>
        </message>
        <message>
            <source>Categories of the guideline with no line in the inventory: {missing}. The guideline asks for a complete inventory: state why each is left out (not applicable, or accounted elsewhere).</source>
            <translation>指南所列但清单中没有任何条目的类别：{missing}。指南要求清单完整：请说明每一类未纳入的原因（不适用，或已在别处核算）。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>餐饮</translation>
        </message>
        <message>
            <source>CCER (China)</source>
            <translation>CCER（中国）</translation>
        </message>
        <message>
            <source>CCER methodologies of sector 14 (CCER-14-002-V01 mangrove planting, CCER-14-003-V01 salt-marsh vegetation restoration, CCER-14-004-V01 seagrass-bed vegetation restoration) account removals as the project scenario's carbon-stock change minus the baseline scenario's minus leakage over the crediting period, as quoted by secondary sources; the full texts were not reachable.</source>
            <translation>第 14 领域的 CCER 方法学（CCER-14-002-V01 红树林营造、CCER-14-003-V01 滨海盐沼植被修复、CCER-14-004-V01 海草床植被修复）按二手资料所述，将清除量核算为计入期内项目情景碳储量变化减去基线情景碳储量变化再减去泄漏；未能获取全文。</translation>
        </message>
        <message>
            <source>Cells marked 'accum or disturb?' (one habitat became another, such as salt marsh to mangrove): answer each. accum if the new habitat grew without clearing the old one (nothing is emitted); low-/med-/high-impact-disturb if the old habitat was cleared (its disturbed carbon is emitted with its half-life, and the pixel accumulates nothing until its next accum transition, as in InVEST).</source>
            <translation>标为“accum or disturb?”的单元格（一种生境变成另一种生境，例如盐沼变为红树林）：请逐个回答。若新生境在未清除原生境的情况下生长，填 accum（不产生排放）；若原生境被清除，填 low-/med-/high-impact-disturb（其受扰动的碳按其半衰期排放，并且与 InVEST 一样，该像元在下一次 accum 转换之前不累积碳）。</translation>
        </message>
        <message>
            <source>Cells marked 'disturb' (a habitat became a non-habitat class): replace each with low-impact-disturb, med-impact-disturb or high-impact-disturb.</source>
            <translation>标为“disturb”的单元格（生境变为非生境类型）：请逐个改为 low-impact-disturb、med-impact-disturb 或 high-impact-disturb。</translation>
        </message>
        <message>
            <source>Change by area and period</source>
            <translation>按区域和时段的变化</translation>
        </message>
        <message>
            <source>Change by area and period (t CO2e)</source>
            <translation>按区域和时段的变化（t CO2e）</translation>
        </message>
        <message>
            <source>Change patches (8-connected: pixels touching at a corner join) of fewer pixels than this go back to no change, interval by interval. 0 or 1 switches the step off. With 10 m pixels, 5 pixels are 0.05 ha.</source>
            <translation>像元数少于此值的变化斑块（8 邻域连通：角点相接的像元也连成一块）逐个时段恢复为未变化。0 或 1 关闭此步骤。像元为 10 m 时，5 个像元为 0.05 公顷。</translation>
        </message>
        <message>
            <source>Change tables carry no soil part of the change: the allochthonous soil carbon deduction is 0. Give both scenarios' maps to compute it.</source>
            <translation>变化表不含变化中的土壤部分：外源土壤碳扣减为 0。请提供两个情景的地图以计算该项。</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Class field</source>
            <translation>类型字段</translation>
        </message>
        <message>
            <source>Class map</source>
            <translation>分类图</translation>
        </message>
        <message>
            <source>Class maps</source>
            <translation>分类图</translation>
        </message>
        <message>
            <source>Class raster (uint8, nodata 0) in the plugin's class scheme, with its style.</source>
            <translation>按本插件分类体系的分类栅格（uint8，无数据值0），附带样式。</translation>
        </message>
        <message>
            <source>Class rasters of the snapshot dates, on one grid, used when no snapshot table is given.</source>
            <translation>各快照日期的分类栅格（同一网格），未提供快照表时使用。</translation>
        </message>
        <message>
            <source>Class rasters of this scenario, on the grid of the project's first map.</source>
            <translation>本情景的分类栅格，须与项目第一幅地图位于同一网格。</translation>
        </message>
        <message>
            <source>Class rasters of two or more dates on one grid, used when no snapshot table is given.</source>
            <translation>同一网格上两个或更多日期的分类栅格，未提供快照表时使用。</translation>
        </message>
        <message>
            <source>Class rasters on one grid, used when no snapshot table is given.</source>
            <translation>同一网格上的分类栅格，未提供快照表时使用。</translation>
        </message>
        <message>
            <source>Class {cls} has only {n} pixels; all of them are in the sample.</source>
            <translation>类型 {cls} 只有 {n} 个像元，已全部纳入样本。</translation>
        </message>
        <message>
            <source>Class {code} ({name}) was not mapped: {why}.</source>
            <translation>类型 {code}（{name}）未划分：{why}。</translation>
        </message>
        <message>
            <source>Class {code} ({name}): {evidence}.</source>
            <translation>类型 {code}（{name}）：{evidence}。</translation>
        </message>
        <message>
            <source>Class(es) {classes} are not in the density table and were counted as carbon-free ({ha:.2f} ha).</source>
            <translation>类型 {classes} 不在碳密度表中，已按零碳计入（{ha:.2f} 公顷）。</translation>
        </message>
        <message>
            <source>Classes missing from the table</source>
            <translation>碳密度表中缺少的类型</translation>
        </message>
        <message>
            <source>Classifier to train.</source>
            <translation>要训练的分类器。</translation>
        </message>
        <message>
            <source>Classify even where the spectra are unseen</source>
            <translation>光谱未见过时仍分类</translation>
        </message>
        <message>
            <source>Classify habitats by rules (no training)</source>
            <translation>按规则进行生境分类（无需训练）</translation>
        </message>
        <message>
            <source>Classify habitats with a trained model</source>
            <translation>用训练好的模型进行生境分类</translation>
        </message>
        <message>
            <source>Cleaned class maps</source>
            <translation>清理后的分类图</translation>
        </message>
        <message>
            <source>Cleaned class maps (folder)</source>
            <translation>清理后的分类图（文件夹）</translation>
        </message>
        <message>
            <source>Cleaning rules (applied in this order)</source>
            <translation>清理规则（按此顺序应用）</translation>
        </message>
        <message>
            <source>Climate zone</source>
            <translation>气候带</translation>
        </message>
        <message>
            <source>Climate zone: mangrove biomass rows differ for tropical wet, tropical dry and subtropical mangroves (IPCC 2013 Tables 4.3 and 4.5); the zone used for each area is listed below.</source>
            <translation>气候带：热带湿润、热带干旱和亚热带红树林的生物量数值不同（IPCC 2013 表 4.3 和 4.5）；各区域所用气候带列于下方。</translation>
        </message>
        <message>
            <source>Climate zones of the {n} areas (centre latitudes {lo:.2f}° to {hi:.2f}°): {zones}. Each area's zone is in the climate_zone field of the outputs.</source>
            <translation>{n} 个区域的气候带（中心纬度 {lo:.2f}° 至 {hi:.2f}°）：{zones}。各区域的气候带见输出的 climate_zone 字段。</translation>
        </message>
        <message>
            <source>Closing it needs {t:,.1f} t more {species} harvest per year</source>
            <translation>弥补缺口每年需增加 {species} 收获 {t:,.1f} 吨</translation>
        </message>
        <message>
            <source>CO2 released per CaCO3 precipitated (ψ)</source>
            <translation>每沉淀单位 CaCO3 释放的 CO2（ψ）</translation>
        </message>
        <message>
            <source>code, lulc-class, is_coastal_blue_carbon_habitat. Empty: the plugin's class scheme.</source>
            <translation>code、lulc-class、is_coastal_blue_carbon_habitat。留空：插件的分类体系。</translation>
        </message>
        <message>
            <source>Codes or lulc-class names, commas. Empty: CCER-14-002-V01's tidal flat and (retired) aquaculture pond.</source>
            <translation>类型代码或 lulc-class 名称，逗号分隔。留空：采用 CCER-14-002-V01 的潮滩和（已退养的）养殖塘。</translation>
        </message>
        <message>
            <source>coefficient table</source>
            <translation>系数表</translation>
        </message>
        <message>
            <source>Coefficient table (CSV)</source>
            <translation>系数表（CSV）</translation>
        </message>
        <message>
            <source>Coefficients and their verification status</source>
            <translation>系数及其核实状态</translation>
        </message>
        <message>
            <source>Coefficients: how they were verified</source>
            <translation>系数：核实方式</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>Computes spectral indices from surface reflectance, one float32 band per index (the band description is the index name), block by block. Nodata where any input band is nodata, fill or saturated, and where a denominator is within 0.005 reflectance of 0 (EVI: 0.1, as its 7.5 × blue term multiplies noise), so that no index is a huge number made of noise.

NDVI = (NIR − Red)/(NIR + Red) (Rouse et al. 1974)
NDWI = (Green − NIR)/(Green + NIR) (McFeeters 1996)
MNDWI = (Green − SWIR1)/(Green + SWIR1) (Xu 2006)
EVI = 2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1) (Huete et al. 2002)
SAVI = 1.5 (NIR − Red)/(NIR + Red + 0.5) (Huete 1988)
LSWI = (NIR − SWIR1)/(NIR + SWIR1) (Xiao et al. 2002)
MVI = |NIR − Green|/|SWIR1 − Green|, mangrove vegetation index (Baloloy et al. 2020, ISPRS J. Photogramm. Remote Sens. 166: 95–117)
CMRI = NDVI − NDWI, combined mangrove recognition index (Gupta et al. 2018, MethodsX 5: 1129–1139)
FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)], floating algae index (Hu 2009), with the band-centre wavelengths of the bands used (Sentinel-2, mean of S2A and S2B: B4 664.8, B8 832.9, B8A 864.4, B11 1612.1 nm; Landsat 8/9: 654.6, 864.7, 1608.9 nm; Landsat 4-5 TM: 660, 830, 1650 nm; Landsat 7 ETM+: 660, 840, 1650 nm). With Sentinel-2, the advanced parameter FAI_NIR = 1 uses B8A, closer to Hu's 859 nm and on B11's 20 m grid.

Scaling: Sentinel-2 L2A reflectance = DN/10000 before processing baseline 04.00 and (DN − 1000)/10000 from 04.00 (decided from the metadata, else from the data, and logged); Landsat 4-5 TM, 7 ETM+ and 8/9 Collection 2 Level-2 = DN × 0.0000275 − 0.2, valid DN 7273–43636 (USGS); Custom = DN × scale + offset (the file's GDAL scale and offset when SCALE is empty). A scaling is judged by how far the values fall outside 0–1 (slightly negative values over water are noise and accepted); one that cannot be reflectance is refused unless FORCE_SCALING is set.</source>
            <translation>由地表反射率逐块计算光谱指数，每个指数一个 float32 波段（波段描述为指数名称）。任一输入波段为无数据、填充值或饱和值处，以及分母与 0 的差在 0.005 反射率以内处（EVI 为 0.1，因其 7.5 × 蓝光项会放大噪声），结果为无数据，以免出现由噪声构成的巨大数值。

NDVI = (NIR − Red)/(NIR + Red)（Rouse 等 1974）
NDWI = (Green − NIR)/(Green + NIR)（McFeeters 1996）
MNDWI = (Green − SWIR1)/(Green + SWIR1)（Xu 2006）
EVI = 2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1)（Huete 等 2002）
SAVI = 1.5 (NIR − Red)/(NIR + Red + 0.5)（Huete 1988）
LSWI = (NIR − SWIR1)/(NIR + SWIR1)（Xiao 等 2002）
MVI = |NIR − Green|/|SWIR1 − Green|，红树林植被指数（Baloloy 等 2020，ISPRS J. Photogramm. Remote Sens. 166: 95–117）
CMRI = NDVI − NDWI，综合红树林识别指数（Gupta 等 2018，MethodsX 5: 1129–1139）
FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)]，漂浮藻类指数（Hu 2009），使用所用波段的中心波长（Sentinel-2 取 S2A 与 S2B 的平均：B4 664.8、B8 832.9、B8A 864.4、B11 1612.1 nm；Landsat 8/9：654.6、864.7、1608.9 nm；Landsat 4-5 TM：660、830、1650 nm；Landsat 7 ETM+：660、840、1650 nm）。对 Sentinel-2，高级参数 FAI_NIR = 1 使用 B8A，更接近 Hu 的 859 nm，并与 B11 同为 20 m 网格。

缩放：Sentinel-2 L2A 反射率在处理基线 04.00 之前 = DN/10000，自 04.00 起 = (DN − 1000)/10000（依据元数据，否则依据数据判断，并写入日志）；Landsat 4-5 TM、7 ETM+ 和 8/9 Collection 2 Level-2 = DN × 0.0000275 − 0.2，有效 DN 为 7273–43636（USGS）；自定义 = DN × 比例系数 + 偏移量（SCALE 留空时使用文件的 GDAL 比例系数和偏移）。缩放的判断依据是数值偏离 0–1 的程度（水体上略小于 0 的数值是噪声，予以接受）；不可能是反射率的缩放会被拒绝，除非设置了 FORCE_SCALING。</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>置信度</translation>
        </message>
        <message>
            <source>Confidence level of the intervals</source>
            <translation>区间的置信水平</translation>
        </message>
        <message>
            <source>Could not read or write {path}: {reason}. Check that the file and its folder exist and that you may write there.</source>
            <translation>无法读取或写入 {path}：{reason}。请检查该文件及其所在文件夹是否存在，以及您是否有写入权限。</translation>
        </message>
        <message>
            <source>Count them as carbon-free and report their area</source>
            <translation>按零碳计入并报告其面积</translation>
        </message>
        <message>
            <source>counted under {methodology}, eligibility not checked: the methodology's baseline conditions were not in the sources available; check against its published text</source>
            <translation>按 {methodology} 计入，合格性未核对：未能查到该方法学的基线条件；请对照其正式发布的文本核对</translation>
        </message>
        <message>
            <source>counted, eligibility not checked</source>
            <translation>计入，合格性未核对</translation>
        </message>
        <message>
            <source>Country (regional)</source>
            <translation>国家（区域性）</translation>
        </message>
        <message>
            <source>country density table</source>
            <translation>国家密度表</translation>
        </message>
        <message>
            <source>Country for mangrove densities</source>
            <translation>红树林密度所用国家</translation>
        </message>
        <message>
            <source>Coverage (%)</source>
            <translation>覆盖率（%）</translation>
        </message>
        <message>
            <source>Coverage, 95% high (%)</source>
            <translation>覆盖率95%上限（%）</translation>
        </message>
        <message>
            <source>Coverage, 95% low (%)</source>
            <translation>覆盖率95%下限（%）</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>计入</translation>
        </message>
        <message>
            <source>Credited removal (t CO2e)</source>
            <translation>计入的清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Credited removal over the period, after the buffer (t CO2e)</source>
            <translation>期间内扣除缓冲后计入的清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Credited sink</source>
            <translation>计入的碳汇</translation>
        </message>
        <message>
            <source>credited under {methodology}</source>
            <translation>按 {methodology} 计入</translation>
        </message>
        <message>
            <source>Crediting period (years)</source>
            <translation>计入期（年）</translation>
        </message>
        <message>
            <source>Crediting period {start}–{last} ({kind}): gross removals {gross:,.1f} t CO2e (baseline {b:,.1f}, project {p:,.1f}); on credited ground {c:,.1f}; net after deductions {net:,.1f} t CO2e.</source>
            <translation>计入期 {start}–{last}（{kind}）：总清除量 {gross:,.1f} t CO2e（基线 {b:,.1f}，项目 {p:,.1f}）；其中计入土地上 {c:,.1f}；扣减后净清除量 {net:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>Crediting period {start}–{last} ({years} years); deductions after {standard}; created {created}.</source>
            <translation>计入期 {start}–{last}（{years} 年）；扣减依据 {standard}；生成于 {created}。</translation>
        </message>
        <message>
            <source>CRS</source>
            <translation>坐标参考系</translation>
        </message>
        <message>
            <source>CRS units</source>
            <translation>坐标参考系单位</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>CSV inventory: source, category, activity, unit, emission_factor, ef_unit, ef_source, placeholder.</source>
            <translation>CSV 清单：source、category、activity、unit、emission_factor、ef_unit、ef_source、placeholder。</translation>
        </message>
        <message>
            <source>CSV with columns class_value, class_name, agb_tc_ha, bgb_tc_ha, dead_tc_ha, soil_tc_ha, seq_tc_ha_yr, source, and optional &lt;column&gt;_lo/&lt;column&gt;_hi bounds, climate_zone, dist (auto, normal, lognormal, pert, pert_median, triangular, fixed) or &lt;column&gt;_dist, and verified. Empty: the shipped IPCC 2013 Tier 1 table.</source>
            <translation>CSV 文件，列为 class_value、class_name、agb_tc_ha、bgb_tc_ha、dead_tc_ha、soil_tc_ha、seq_tc_ha_yr、source，可选 &lt;列名&gt;_lo/&lt;列名&gt;_hi 界限、climate_zone、dist（auto、normal、lognormal、pert、pert_median、triangular、fixed）或 &lt;列名&gt;_dist，以及 verified。留空：使用随插件提供的 IPCC 2013 第 1 层级表。</translation>
        </message>
        <message>
            <source>CSV with species, species_latin, group (bivalve/seaweed), aliases, dry_wet_ratio, shell_fraction, tissue_fraction, shell_c, tissue_c (bivalves) or c_fraction (seaweed), optional _lo/_hi bounds and dist, source and verified. Empty: the shipped table.</source>
            <translation>CSV，列为 species、species_latin、group（bivalve/seaweed）、aliases、dry_wet_ratio、shell_fraction、tissue_fraction、shell_c、tissue_c（双壳贝类）或 c_fraction（藻类），可选的 _lo/_hi 界限和 dist，以及 source 和 verified。留空：使用随插件提供的表。</translation>
        </message>
        <message>
            <source>Cubic</source>
            <translation>三次卷积</translation>
        </message>
        <message>
            <source>Cumulative accounting: issued = cumulative net removals after deductions at the period's end − issued before. Vintages: the years in which the issued removals were achieved.</source>
            <translation>累计核算：签发量 = 监测期末扣减后的累计净清除量 − 此前已签发量。所属年份：所签发清除量实际产生的年份。</translation>
        </message>
        <message>
            <source>Cumulative net (t CO2e)</source>
            <translation>累计净量（t CO2e）</translation>
        </message>
        <message>
            <source>Cumulative net removals after deductions over the crediting period {start}–{last}</source>
            <translation>计入期 {start}–{last} 扣减后的累计净清除量</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Custom bands found by their descriptions: {roles}.</source>
            <translation>自定义传感器按波段描述找到的波段：{roles}。</translation>
        </message>
        <message>
            <source>Custom bands {bands}; reflectance = DN × {scale:g} {offset:+g}.</source>
            <translation>自定义波段 {bands}；反射率 = DN × {scale:g} {offset:+g}。</translation>
        </message>
        <message>
            <source>Dask workers of the cluster at {address} ended while running the same piece of the work (attempts: {times}; the last on {worker}), so the run stopped and wrote no output. A worker ends like this when it runs out of memory or crashes: check the workers' logs and memory limit, then run again; or set the scheduler to 0 to run in this process.</source>
            <translation>{address} 处 Dask 集群的工作进程在运行同一块工作时终止（尝试次数：{times}；最后一次在 {worker}），因此运行已停止，未写出任何输出。工作进程这样终止通常是内存耗尽或崩溃所致：请检查工作进程的日志和内存上限后重新运行；或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date field (several dates)</source>
            <translation>日期字段（多个日期）</translation>
        </message>
        <message>
            <source>Date {date}: a model trained on the other dates only classifies its training pixels with accuracy {acc}.</source>
            <translation>日期 {date}：仅用其他日期训练的模型对其训练像元分类的精度为 {acc}。</translation>
        </message>
        <message>
            <source>Date {date}: {pct:.1f}% of its image's valid pixels have spectra outside the training range of the class the model gives them (pixels unlike the training samples; images classified later are compared with this).</source>
            <translation>日期 {date}：其影像的有效像元中有 {pct:.1f}% 的光谱超出模型赋予它们的类型的训练范围（与训练样本不相似的像元；之后分类的影像将与此比较）。</translation>
        </message>
        <message>
            <source>Date {date}: {pixels} training pixels from {features} feature(s); accuracy on them ({how}) {acc}.</source>
            <translation>日期 {date}：来自 {features} 个要素的 {pixels} 个训练像元；在这些像元上的精度（{how}）为 {acc}。</translation>
        </message>
        <message>
            <source>Dates are taken from the oldest. A middle date whose class B differs from the classes of the dates before and after it, which agree (A → B → A), is treated as an error of that date and gets A. The date before is compared as already cleaned, the date after as mapped; the first and last dates are never changed, and a pixel without a class on any of the three dates is left as it is. A → B → B and A → B → C are kept.</source>
            <translation>从最早的日期开始依次处理。若中间日期的类型 B 与其前后两个日期的类型不同，而前后两个日期的类型相同（A → B → A），则视为该日期的错误，改为 A。前一日期按已清理的结果比较，后一日期按原制图结果比较；第一个和最后一个日期从不改动，三个日期中任一日期没有类型的像元保持不变。A → B → B 和 A → B → C 保留。</translation>
        </message>
        <message>
            <source>Dates of the images (comma-separated)</source>
            <translation>各影像的日期（逗号分隔）</translation>
        </message>
        <message>
            <source>Deductions (marked −) are subtracted; bold lines are subtotals. Under each amount: its {level} % interval. Sources:</source>
            <translation>扣减项（标 −）从中减去；粗体行为小计。各数额下方为其 {level} % 区间。出处：</translation>
        </message>
        <message>
            <source>Deductions over the crediting period, in the order of {standard}</source>
            <translation>计入期内的扣减，按 {standard} 的顺序</translation>
        </message>
        <message>
            <source>Default expected user's accuracy</source>
            <translation>默认预期用户精度</translation>
        </message>
        <message>
            <source>degrees</source>
            <translation>度</translation>
        </message>
        <message>
            <source>DEM or bathymetry (m)</source>
            <translation>DEM 或水深（米）</translation>
        </message>
        <message>
            <source>Density table</source>
            <translation>碳密度表</translation>
        </message>
        <message>
            <source>density table</source>
            <translation>碳密度表</translation>
        </message>
        <message>
            <source>Density table row {row}, column '{column}': densities cannot be negative ({value}).</source>
            <translation>碳密度表第 {row} 行“{column}”列：碳密度不能为负（{value}）。</translation>
        </message>
        <message>
            <source>Density table row {row}: class {value} appears twice.</source>
            <translation>碳密度表第 {row} 行：类型 {value} 重复出现。</translation>
        </message>
        <message>
            <source>Density table row {row}: class_value '{value}' is not an integer.</source>
            <translation>碳密度表第 {row} 行：class_value“{value}”不是整数。</translation>
        </message>
        <message>
            <source>Density table row {row}: climate_zone '{value}' is not one of {zones} (or empty for every zone).</source>
            <translation>碳密度表第 {row} 行：climate_zone“{value}”不是 {zones} 之一（或留空表示所有气候带）。</translation>
        </message>
        <message>
            <source>Density table row {row}: distribution '{value}' is not one of {names}.</source>
            <translation>碳密度表第 {row} 行：分布“{value}”不是 {names} 之一。</translation>
        </message>
        <message>
            <source>Density table: {path} ({n} rows)</source>
            <translation>碳密度表：{path}（{n} 行）</translation>
        </message>
        <message>
            <source>Depth-invariant index: attenuation ratio kB/kG = {k:.3f}, from the regression of ln(L − L∞) on depth over {n} sand pixels {lo:.1f}–{hi:.1f} m deep; deep water B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.</source>
            <translation>深度不变指数：衰减比 kB/kG = {k:.3f}，由 {n} 个水深 {lo:.1f}–{hi:.1f} m 的沙底像元上 ln(L − L∞) 对水深的回归求得；深水 B∞ = {b:.4f}，G∞ = {g:.4f}；沙底 DII {m:.3f} ± {s:.3f}。</translation>
        </message>
        <message>
            <source>Depth-invariant index: attenuation ratio kB/kG = {k:.3f}, from the variance of {n} sand pixels (no depth given); deep water B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.</source>
            <translation>深度不变指数：衰减比 kB/kG = {k:.3f}，由 {n} 个沙底像元的方差求得（未给出水深）；深水 B∞ = {b:.4f}，G∞ = {g:.4f}；沙底 DII {m:.3f} ± {s:.3f}。</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差值</translation>
        </message>
        <message>
            <source>Discount rate (%)</source>
            <translation>贴现率（%）</translation>
        </message>
        <message>
            <source>DN outside {lo:g}–{hi:g}</source>
            <translation>DN 超出 {lo:g}–{hi:g}</translation>
        </message>
        <message>
            <source>DN {values}</source>
            <translation>DN {values}</translation>
        </message>
        <message>
            <source>Draws a stratified random sample of pixels from a class map, with the map classes as strata, for an accuracy assessment following Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57).

Sample size: n = (Σ W_i S_i / S(O))², where W_i is the mapped area share of class i (ellipsoidal areas), S_i = √(U_i (1 − U_i)) with U_i the expected user's accuracy of class i, and S(O) the target standard error of overall accuracy (their eq. 13). Allocation: proportional to area, with at least the minimum per class (rare classes such as mangrove need it). Eq. 13 assumes another allocation, so the log and the ANTICIPATED_SE result give the standard error anticipated for the allocation actually drawn (their section 5.1.1: Σ W_i² U_i (1 − U_i) / (n_i − 1)); with 'Raise the sample size until the target is met' the total grows until it is at or below the target.

Pixels are drawn with equal probability within each class. Where the map's cells differ in area (a geographic CRS), the accuracy assessment weights each point by its cell's area, so that its estimates are shares of area.

The output points sit at pixel centres and carry map_class and an empty ref_class: label ref_class from better reference data (field visits, very-high-resolution imagery), then run the accuracy assessment. The same seed gives the same sample.</source>
            <translation>依据 Olofsson 等（2014，Remote Sensing of Environment 148: 42–57），以分类图类型为层，从分类图中抽取分层随机像元样本，用于精度评价。

样本量：n = (Σ W_i S_i / S(O))²，其中 W_i 为类型 i 的制图面积占比（椭球面积），S_i = √(U_i (1 − U_i))，U_i 为类型 i 的预期用户精度，S(O) 为总体精度的目标标准误（原文公式13）。分配：按面积比例分配，每个类型不少于最小样本量（红树林等稀有类型需要）。公式13假定的是另一种分配方式，因此日志和 ANTICIPATED_SE 结果给出实际抽取的分配所预期的标准误（原文第5.1.1节：Σ W_i² U_i (1 − U_i) / (n_i − 1)）；勾选“增大样本量直至达到目标”时，总样本量会增加到预期标准误不超过目标为止。

各类型内像元等概率抽取。分类图各像元面积不同时（地理坐标系），精度评价按像元面积为每个点加权，使其估计值为面积占比。

输出点位于像元中心，带有 map_class 和空的 ref_class：请依据更可靠的参考数据（实地调查、甚高分辨率影像）填写 ref_class，再运行精度评价。相同的随机种子得到相同的样本。</translation>
        </message>
        <message>
            <source>Draws of one batch (JCGM 101: at least 10,000 for 95% intervals).</source>
            <translation>每批次抽样次数（JCGM 101：95% 区间至少 10,000 次）。</translation>
        </message>
        <message>
            <source>Draws of the bounded biophysical values for the _lo/_hi fields.</source>
            <translation>对带界限的生物物理参数抽样，得到 _lo/_hi 字段。</translation>
        </message>
        <message>
            <source>e.g. 2022, 2025: periods up to and including each year, accounted cumulatively (issued = cumulative net − issued before). Empty: one period up to the last observed year and one after it.</source>
            <translation>例如 2022, 2025：每个监测期截至并包含该年，按累计方式核算（签发量 = 累计净量 − 此前已签发）。留空：一个监测期截至最后观测年份，另一个在其后。</translation>
        </message>
        <message>
            <source>Each class gets at least this many points (or all its pixels if it has fewer). On a transition map: each stable stratum.</source>
            <translation>每个类型至少抽取的点数（像元不足时取全部像元）。对转换图：每个稳定层。</translation>
        </message>
        <message>
            <source>Each sample's features come from the image of its own date. The first accuracy is the model's on the samples of that date (out of bag or cross-validated); the second is that of the same method trained without that date's samples: how the model fares on a date it has no samples of, which falls when the dates' radiometry differs (normalise the images to one reference, or train on samples of every date).</source>
            <translation>每个样本的特征取自其所属日期的影像。第一个精度是模型在该日期样本上的精度（袋外或交叉验证）；第二个是同一方法在不含该日期样本的情况下训练所得模型的精度：即模型对没有样本的日期表现如何；各日期辐射水平不一致时它会下降（请把影像归一化到同一参考影像，或用每个日期的样本训练）。</translation>
        </message>
        <message>
            <source>Each scenario's maps are taken as given: the baseline scenario's future maps and the project's ex-ante years are projections the user supplies or the last map's classes carried forward.</source>
            <translation>各情景的地图按所给使用：基线情景的未来地图和项目的事前年份是用户提供的预测，或沿用最后一幅地图的类型。</translation>
        </message>
        <message>
            <source>Earlier interface: the yearly (or period) change table of a 'Carbon stock change over time' run of the project. Central values only, not for verification; give the maps instead.</source>
            <translation>旧接口：项目的“碳储量随时间的变化”运行所得的逐年（或时段）变化表。仅有中心值，不可用于核查；请改为提供地图。</translation>
        </message>
        <message>
            <source>Elevation in metres (negative under water): keeps terrestrial forest out of mangrove and limits seagrass to shallow water.</source>
            <translation>高程（米，水下为负）：将陆地森林排除在红树林之外，并将海草床限制在浅水区。</translation>
        </message>
        <message>
            <source>eligible</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Eligible (ha)</source>
            <translation>合格（公顷）</translation>
        </message>
        <message>
            <source>Eligible baseline classes for mangrove planting</source>
            <translation>红树林营造的合格基线类型</translation>
        </message>
        <message>
            <source>Eligible ground</source>
            <translation>合格土地</translation>
        </message>
        <message>
            <source>eligible ground</source>
            <translation>合格土地</translation>
        </message>
        <message>
            <source>eligible under {methodology} only if the ponds were taken out of aquaculture: the baseline class {baseline} cannot show it, the project's documents must</source>
            <translation>仅当池塘已退养时才按 {methodology} 合格：基线类型 {baseline} 无法显示这一点，须由项目文件证明</translation>
        </message>
        <message>
            <source>eligible under {methodology}: the baseline class {baseline} is an eligible baseline ({classes})</source>
            <translation>按 {methodology} 合格：基线类型 {baseline} 是合格基线（{classes}）</translation>
        </message>
        <message>
            <source>Emission category</source>
            <translation>排放类别</translation>
        </message>
        <message>
            <source>Emission factor</source>
            <translation>排放因子</translation>
        </message>
        <message>
            <source>Emission sources (CSV)</source>
            <translation>排放源（CSV）</translation>
        </message>
        <message>
            <source>emission table</source>
            <translation>排放清单</translation>
        </message>
        <message>
            <source>Emissions (t CO2e)</source>
            <translation>排放量（t CO2e）</translation>
        </message>
        <message>
            <source>Emissions by category against the credited sink</source>
            <translation>各类别排放与计入的碳汇对比</translation>
        </message>
        <message>
            <source>Emissions embodied in goods and materials bought for the event</source>
            <translation>为活动采购的用品和物料所隐含的排放</translation>
        </message>
        <message>
            <source>Emissions of each category and in total, and the credited sink with its 95% interval (whiskers) where the sinks have bounds.</source>
            <translation>各类别排放及排放总量，以及计入的碳汇；碳汇有界限时附95%区间（误差线）。</translation>
        </message>
        <message>
            <source>Emissions {start}-{end}</source>
            <translation>{start}-{end} 年排放量</translation>
        </message>
        <message>
            <source>Emissions, adjusted</source>
            <translation>排放量（校正）</translation>
        </message>
        <message>
            <source>Emissions, mapped</source>
            <translation>排放量（制图）</translation>
        </message>
        <message>
            <source>Emitted at once, in the year of the transition</source>
            <translation>在转换当年一次性排放</translation>
        </message>
        <message>
            <source>Empty: on this machine, one worker process per core (small jobs stay in this process). tcp://host:8786: on the Dask cluster whose scheduler listens there (its workers must read the input files at the same paths). 0 or none: in this process, one piece after the other. The environment variable BLUECARBON_SCHEDULER sets the default for batch runs. The numbers do not depend on it.</source>
            <translation>留空：在本机运行，每个处理器核心一个工作进程（小任务仍在本进程内运行）。tcp://host:8786：在该地址上监听的 Dask 集群上运行（其工作节点须能以相同路径读取输入文件）。0 或 none：在本进程内逐块运行。环境变量 BLUECARBON_SCHEDULER 设定批处理运行的默认值。计算结果与运行位置无关。</translation>
        </message>
        <message>
            <source>Empty: the shipped table.</source>
            <translation>留空：使用自带的表。</translation>
        </message>
        <message>
            <source>Empty: the year of the first map.</source>
            <translation>留空：第一幅地图的年份。</translation>
        </message>
        <message>
            <source>End of the crediting period (exclusive; earlier form)</source>
            <translation>计入期结束年（不含；旧形式）</translation>
        </message>
        <message>
            <source>END_YEAR {end} (exclusive) and LAST_YEAR {last} (included) disagree; give only the last year.</source>
            <translation>END_YEAR {end}（不含）与 LAST_YEAR {last}（包含）不一致；请只给出最后一年。</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <source>Energy: fuel burnt, electricity and heat bought</source>
            <translation>能源：燃烧的燃料、购入的电力和热力</translation>
        </message>
        <message>
            <source>Error matrix</source>
            <translation>误差矩阵</translation>
        </message>
        <message>
            <source>Error matrix in estimated area proportions</source>
            <translation>按估计面积比例的误差矩阵</translation>
        </message>
        <message>
            <source>Error matrix in sample counts (rows: map, columns: reference)</source>
            <translation>样本计数误差矩阵（行：分类图，列：参考）</translation>
        </message>
        <message>
            <source>Error matrix, overall, user's and producer's accuracy with 95% confidence intervals, and area-adjusted class areas with 95% intervals, from a class map and labelled reference points of a stratified random sample (map classes as strata), following Olofsson et al. (2014, Remote Sensing of Environment 148: 42–57).

Mapped class areas are true ellipsoidal areas, computed by the same code as the carbon stocks tool. Mapped areas are biased by map errors; the adjusted areas (area_j = A × Σ_i W_i n_ij / n_i·) correct that bias, and are the areas to multiply by carbon densities in a verified account.

Points outside the map or on nodata, and points without a reference label, are skipped and counted. A reference class the map lacks is a real omission and is kept. Where the map's cells differ in area (a geographic CRS), each point is weighted by its cell's area, so that estimates are shares of area.

At the edges: a map class without any reference point makes overall accuracy, producer's accuracies and adjusted areas not estimable (left empty, with a warning naming the class); a class with a single point has no variance, so no interval is given rather than a wrong one; a class counts as a census only when every one of its pixels was observed exactly once; a user's accuracy of 0 or 1 has a 0-width interval by Olofsson et al.'s formula, so the Wilson interval (Brown, Cai &amp; DasGupta 2001) is given beside it.

The error matrix and the report are optional outputs.</source>
            <translation>依据 Olofsson 等（2014，Remote Sensing of Environment 148: 42–57），由分类图和分层随机抽样（以分类图类型为层）的已标注参考点，计算误差矩阵、总体精度、用户精度和生产者精度及其95%置信区间，以及面积校正后的各类型面积及其95%区间。

制图面积为真实椭球面积，与碳储量工具使用同一代码计算。制图面积受分类误差影响而有偏；校正面积（area_j = A × Σ_i W_i n_ij / n_i·）纠正这一偏差，是经核证的碳核算中应乘以碳密度的面积。

落在分类图之外或无数据像元上的点以及没有参考标注的点会被跳过并计数。分类图中没有的参考类型是真实的遗漏，予以保留。分类图各像元面积不同时（地理坐标系），每个点按其像元面积加权，使估计值为面积占比。

边界情况：某分类图类型没有任何参考点时，总体精度、生产者精度和校正面积无法估计（留空，并给出指明该类型的警告）；只有一个点的类型没有方差，因此不给出区间，而不是给出错误的区间；只有当某类型的每个像元都恰好被观测一次时才视为普查；用户精度为0或1时按 Olofsson 等的公式区间宽度为0，因此在旁给出 Wilson 区间（Brown, Cai &amp; DasGupta 2001）。

误差矩阵和报告为可选输出。</translation>
        </message>
        <message>
            <source>Estimated for the projected years (t CO2e)</source>
            <translation>预测年份的估计量（t CO2e）</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Event: {event}</source>
            <translation>活动：{event}</translation>
        </message>
        <message>
            <source>every other valid pixel</source>
            <translation>其余所有有效像元</translation>
        </message>
        <message>
            <source>Every pixel is nodata in at least one map of the project or the baseline; there is nothing to account for.</source>
            <translation>每个像元至少在项目或基线的一幅地图中为无数据；没有可核算的内容。</translation>
        </message>
        <message>
            <source>Every pixel is nodata in at least one snapshot; there is nothing to account for.</source>
            <translation>每个像元至少在一个快照中为无数据值；没有可核算的内容。</translation>
        </message>
        <message>
            <source>Every value of the maps' type is a class; no value is left to mark the pixels without a class in the cleaned maps.</source>
            <translation>分类图数据类型的每个取值都是类型，清理后的分类图中已没有可用来标记无类型像元的取值。</translation>
        </message>
        <message>
            <source>Everything the statement shows, as data.</source>
            <translation>说明中的全部内容，以数据形式给出。</translation>
        </message>
        <message>
            <source>ex-ante (projected)</source>
            <translation>事前（预测）</translation>
        </message>
        <message>
            <source>Ex-ante: estimated for the projected years {years}, not issuable until observed</source>
            <translation>事前：预测年份 {years} 的估计量，经观测后方可签发</translation>
        </message>
        <message>
            <source>ex-post (observed)</source>
            <translation>事后（观测）</translation>
        </message>
        <message>
            <source>Ex-post or ex-ante</source>
            <translation>事后或事前</translation>
        </message>
        <message>
            <source>Ex-post: issuable for the observed years {years}</source>
            <translation>事后：观测年份 {years} 可签发量</translation>
        </message>
        <message>
            <source>excluded</source>
            <translation>排除</translation>
        </message>
        <message>
            <source>Excluded (ha)</source>
            <translation>排除（公顷）</translation>
        </message>
        <message>
            <source>excluded from {methodology}: the baseline class '{cls}' of the biophysical table matches no class of the plugin's scheme, so it cannot be an eligible baseline ({classes})</source>
            <translation>不计入 {methodology}：生物物理参数表中的基线类型“{cls}”与本插件分类体系中的任何类型都不对应，因此不能作为合格基线（{classes}）</translation>
        </message>
        <message>
            <source>excluded from {methodology}: the baseline class {baseline} is not an eligible baseline ({classes})</source>
            <translation>不计入 {methodology}：基线类型 {baseline} 不是合格基线（{classes}）</translation>
        </message>
        <message>
            <source>excluded: no baseline class on this ground (nodata)</source>
            <translation>排除：此处没有基线类型（无数据）</translation>
        </message>
        <message>
            <source>Expected user's accuracies (class:value, ...)</source>
            <translation>预期用户精度（类型:值, ...）</translation>
        </message>
        <message>
            <source>Expected user's accuracies must look like '3:0.7, 5:0.6' (class:accuracy); '{item}' does not.</source>
            <translation>预期用户精度的格式应为“3:0.7, 5:0.6”（类型:精度）；“{item}”不符合。</translation>
        </message>
        <message>
            <source>Expected user's accuracy given for class {cls}, but the map has no class {cls} (its classes are {classes}); the value is not used. Check the class number.</source>
            <translation>为类型 {cls} 给出了预期用户精度，但分类图中没有类型 {cls}（其类型为 {classes}）；该值未被使用。请检查类型编号。</translation>
        </message>
        <message>
            <source>Expected user's accuracy of classes not listed above.</source>
            <translation>上面未列出类型的预期用户精度。</translation>
        </message>
        <message>
            <source>Expected user's accuracy {u} for class {cls} must be between 0 and 1.</source>
            <translation>类型 {cls} 的预期用户精度 {u} 必须在0与1之间。</translation>
        </message>
        <message>
            <source>Extra trees (scikit-learn)</source>
            <translation>极端随机树（scikit-learn）</translation>
        </message>
        <message>
            <source>Factor source</source>
            <translation>因子来源</translation>
        </message>
        <message>
            <source>Factor status</source>
            <translation>因子状态</translation>
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI &gt; 0</source>
            <translation>FAI &gt; {fai:g}（Hu 2009），距陆地至少 {buf} 个像元，NDVI &gt; 0</translation>
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI ≤ 0</source>
            <translation>FAI &gt; {fai:g}（Hu 2009），距陆地至少 {buf} 个像元，NDVI ≤ 0</translation>
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, over water at least {d:g} m deep on the bathymetry, NDVI &gt; 0</source>
            <translation>FAI &gt; {fai:g}（Hu 2009），距陆地至少 {buf} 个像元，水深图上水深至少 {d:g} m，NDVI &gt; 0</translation>
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, over water at least {d:g} m deep on the bathymetry, NDVI ≤ 0</source>
            <translation>FAI &gt; {fai:g}（Hu 2009），距陆地至少 {buf} 个像元，水深图上水深至少 {d:g} m，NDVI ≤ 0</translation>
        </message>
        <message>
            <source>FAI uses the {sensor} NIR band (its only NIR band).</source>
            <translation>FAI 使用 {sensor} 的近红外波段（其唯一的近红外波段）。</translation>
        </message>
        <message>
            <source>FAI was asked to use the narrow NIR band (B8A), but no band of this raster is described as B8A. Use the NIR band for FAI, or add B8A to the stack.</source>
            <translation>要求 FAI 使用窄近红外波段（B8A），但此栅格没有描述为 B8A 的波段。请让 FAI 使用近红外波段，或把 B8A 加入堆叠。</translation>
        </message>
        <message>
            <source>Fail and list them</source>
            <translation>报错并列出这些类型</translation>
        </message>
        <message>
            <source>Farm</source>
            <translation>养殖区</translation>
        </message>
        <message>
            <source>Farm id field</source>
            <translation>养殖区编号字段</translation>
        </message>
        <message>
            <source>Farm {farm} has no {what}: field {field} is empty. Give its {what} (0 if nothing was harvested) or leave the farm out of the layer.</source>
            <translation>养殖区 {farm} 没有{what}：字段 {field} 为空。请给出其{what}（未收获则填 0），或将该养殖区移出图层。</translation>
        </message>
        <message>
            <source>Farm {farm} lies outside the habitat raster: its mariculture area and harvest are 0. Check that the raster covers the farms.</source>
            <translation>养殖区 {farm} 位于生境栅格之外：其养殖面积和收获量为 0。请检查栅格是否覆盖各养殖区。</translation>
        </message>
        <message>
            <source>Farm {farm}: its area cannot be computed in the CRS {crs}; the layer's CRS is probably wrong. Set the right CRS and run again.</source>
            <translation>养殖区 {farm}：无法在坐标参考系 {crs} 中计算其面积；图层的坐标参考系很可能有误。请设置正确的坐标参考系后重新运行。</translation>
        </message>
        <message>
            <source>Farm {farm}: the habitat raster maps no mariculture class (6, 7, 8) inside it, so its area and harvest are 0.</source>
            <translation>养殖区 {farm}：生境栅格在其范围内没有海水养殖类型（6、7、8），因此其面积和收获量为 0。</translation>
        </message>
        <message>
            <source>Farm {farm}: the {what} '{value}' in field {field} is not a number.</source>
            <translation>养殖区 {farm}：字段 {field} 中的{what}“{value}”不是数字。</translation>
        </message>
        <message>
            <source>Farm {farm}: the {what} in field {field} is negative or not finite ({value}).</source>
            <translation>养殖区 {farm}：字段 {field} 中的{what}为负数或不是有限值（{value}）。</translation>
        </message>
        <message>
            <source>Farm {farm}: {message}</source>
            <translation>养殖区 {farm}：{message}</translation>
        </message>
        <message>
            <source>Farm {farm}: {pct:.1f}% of it lies outside the habitat raster; only the part inside counts.</source>
            <translation>养殖区 {farm}：其中 {pct:.1f}% 位于生境栅格之外；只计算栅格内的部分。</translation>
        </message>
        <message>
            <source>Farms and species</source>
            <translation>养殖区与物种</translation>
        </message>
        <message>
            <source>Farms or areas</source>
            <translation>养殖区或区域数</translation>
        </message>
        <message>
            <source>Farms or marine ranches</source>
            <translation>养殖区或海洋牧场</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>Feature importances</source>
            <translation>特征重要性</translation>
        </message>
        <message>
            <source>feature {fid}</source>
            <translation>要素 {fid}</translation>
        </message>
        <message>
            <source>Feature {fid} has a reference class at one date only ({fields}).</source>
            <translation>要素 {fid} 只有一个日期的参考类型（{fields}）。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} became an invalid polygon when reprojected to the raster's CRS ({reason}); it was repaired: {before:.4f} ha as drawn, {after:.4f} ha after repair. Check its outline, or reproject the layer yourself.</source>
            <translation>{what}的要素 {fid} 在重投影到栅格坐标参考系时变成无效多边形（{reason}）；已修复：按绘制为 {before:.4f} 公顷，修复后为 {after:.4f} 公顷。请检查其轮廓，或自行对该图层重投影。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} cannot be transformed from {src} to the map's CRS: its coordinates lie outside the valid area of {src}. The layer's CRS is probably wrong (for example UTM metres in a file read as EPSG:4326); set the right CRS and run again.</source>
            <translation>{what}的要素 {fid} 无法从 {src} 转换到分类图坐标参考系：其坐标位于 {src} 的有效范围之外。该图层的坐标参考系很可能有误（例如以米为单位的 UTM 坐标被读作 EPSG:4326）；请设置正确的坐标参考系后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} cannot be transformed to the raster's CRS, {crs}, by the coordinate operation chosen in the project's transformations ({operation}): the point ({x:.6g}, {y:.6g}) of the layer has no result (a grid the operation needs may not cover it). Choose another operation (Project &gt; Properties &gt; Transformations) or check the layer's CRS, and run again.</source>
            <translation>{what}的要素 {fid} 无法用项目“转换”设置中选定的坐标操作（{operation}）转换到栅格的坐标参考系 {crs}：图层中的点 ({x:.6g}, {y:.6g}) 没有转换结果（该操作所需的格网可能不覆盖它）。请另选坐标操作（项目 &gt; 属性 &gt; 转换）或检查图层的坐标参考系，然后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has an invalid geometry ({reason}). Each of its parts was repaired and the parts merged, so that ground inside two parts counts once: its rings as drawn add up to {before:.4f} ha, the repaired polygon covers {after:.4f} ha. Check its outline.</source>
            <translation>{what}的要素 {fid} 的几何无效（{reason}）。已逐部分修复并合并各部分，使两个部分共有的地面只计一次：按绘制的环合计 {before:.4f} 公顷，修复后的多边形覆盖 {after:.4f} 公顷。请检查其轮廓。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has no geometry; its areas are zero.</source>
            <translation>{what}的要素 {fid} 没有几何图形，其面积记为零。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has no valid position in the map's CRS; check the layer's CRS.</source>
            <translation>{what}的要素 {fid} 在分类图坐标参考系中没有有效位置；请检查该图层的坐标参考系。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has the coordinates ({x:.6g}, {y:.6g}), which are not longitude and latitude in degrees, but the layer's CRS is {crs}, a geographic CRS. The layer's CRS is probably wrong (metres of a projected CRS, such as UTM, declared as degrees; a GeoJSON file without a "crs" member is always read as EPSG:4326). Set the layer's CRS to the one its coordinates are in (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}的要素 {fid} 的坐标为 ({x:.6g}, {y:.6g})，不是以度为单位的经纬度，但该图层的坐标参考系是地理坐标系 {crs}。该图层的坐标参考系很可能设错了（投影坐标系如 UTM 的米被声明为度；不含 "crs" 成员的 GeoJSON 文件总是按 EPSG:4326 读取）。请把图层的坐标参考系设为其坐标实际所用的坐标参考系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has the coordinates ({x:.6g}, {y:.6g}), which lie outside the area where its CRS, {crs}, is defined. The layer's CRS is probably wrong; set it to the one its coordinates are in (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}的要素 {fid} 的坐标为 ({x:.6g}, {y:.6g})，位于其坐标参考系 {crs} 的有效范围之外。该图层的坐标参考系很可能设错了；请把它设为其坐标实际所用的坐标参考系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} lies where the raster's CRS, {crs}, cannot represent it (the point ({x:.6g}, {y:.6g}) of the layer has no coordinates there). The polygons and the raster are probably far apart: check the layer's CRS, or use a raster in a CRS that covers the polygons.</source>
            <translation>{what}的要素 {fid} 位于栅格坐标参考系 {crs} 无法表示的位置（该图层中的点 ({x:.6g}, {y:.6g}) 在该坐标参考系中没有坐标）。多边形与栅格很可能相距甚远：请检查图层的坐标参考系，或使用坐标参考系覆盖这些多边形的栅格。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} spans {span:.1f}° of longitude, more than half the globe, even after its rings were joined across the antimeridian (±180°). Split it into parts narrower than 180° (or check that it does not encircle a pole) and run again.</source>
            <translation>{what}的要素 {fid} 跨越 {span:.1f}° 经度，即使在其环跨越反子午线（±180°）连接之后仍超过半个地球。请将其拆分为宽度小于 180° 的部分（或检查它是否环绕极点）后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid}, field {field}: {error}</source>
            <translation>要素 {fid}，字段 {field}：{error}</translation>
        </message>
        <message>
            <source>Feature {fid}: the class '{value}' in field {field} is not an integer class value.</source>
            <translation>要素 {fid}：字段 {field} 中的类型“{value}”不是整数类型代码。</translation>
        </message>
        <message>
            <source>Feature {fid}: the map class '{value}' in field {field} is not a whole number.</source>
            <translation>要素 {fid}：字段 {field} 中的分类图类型“{value}”不是整数。</translation>
        </message>
        <message>
            <source>Feature {fid}: the reference class '{value}' in field {field} is not a whole number. Label every point with an integer class value.</source>
            <translation>要素 {fid}：字段 {field} 中的参考类型“{value}”不是整数。请用整数类型代码标注每个点。</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Field that names each area in the per-class table and the report; the feature id when empty.</source>
            <translation>在分类型表和报告中标识各区域的字段；留空时使用要素ID。</translation>
        </message>
        <message>
            <source>Field with each point's reference transition as a pair (3&gt;1, 3-&gt;1, 3→1 or 3,1), used when the two fields below are not given and the points have no ref_from and ref_to fields.</source>
            <translation>以类型对（3&gt;1、3-&gt;1、3→1 或 3,1）记录各点参考转换的字段；在未给出下面两个字段且点图层没有 ref_from 和 ref_to 字段时使用。</translation>
        </message>
        <message>
            <source>Field with the map class of each point; when empty the map class is read from the raster.</source>
            <translation>存放每个点分类图类型的字段；留空时从栅格读取。</translation>
        </message>
        <message>
            <source>Field with the reference (true) class of each point, as an integer class value (default ref_class, as written by the sampling design tool). On a transition map it may hold pairs such as 3&gt;1 (the class at the first and at the second date).</source>
            <translation>存放每个点参考（真实）类型的字段，取整数类型值（默认 ref_class，即抽样设计工具写出的字段）。对转换图，该字段可存放 3&gt;1 这样的类型对（第一个日期和第二个日期的类型）。</translation>
        </message>
        <message>
            <source>Field with the reference (true) class of each point, as an integer class value.</source>
            <translation>存放每个点参考（真实）类型的字段，值为整数类型代码。</translation>
        </message>
        <message>
            <source>File, size and SHA-256 checksum</source>
            <translation>文件、大小与 SHA-256 校验和</translation>
        </message>
        <message>
            <source>First year of the crediting period</source>
            <translation>计入期首年</translation>
        </message>
        <message>
            <source>fixed</source>
            <translation>固定值</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF, one band per index, nodata −9999.</source>
            <translation>Float32 GeoTIFF，每个指数一个波段，无数据值 −9999。</translation>
        </message>
        <message>
            <source>Float32 raster of total carbon stock density on the habitat raster's grid.</source>
            <translation>与生境栅格同格网的总碳储量密度栅格（Float32）。</translation>
        </message>
        <message>
            <source>Float32 reflectance on the reference grid, bands blue, green, red, nir, swir1, swir2 (those both images have), nodata −9999.</source>
            <translation>参考影像网格上的 float32 反射率，波段为 blue、green、red、nir、swir1、swir2（两幅影像都有的波段），无数据值 −9999。</translation>
        </message>
        <message>
            <source>Floating algae index threshold on water (Hu 2009); default 0.02 reflectance.</source>
            <translation>水面漂浮藻类指数阈值（Hu 2009）；默认反射率 0.02。</translation>
        </message>
        <message>
            <source>floating mariculture</source>
            <translation>浮筏养殖</translation>
        </message>
        <message>
            <source>Floating matter: distance from land (pixels)</source>
            <translation>漂浮物：距陆地距离（像元）</translation>
        </message>
        <message>
            <source>Floating matter: FAI above</source>
            <translation>漂浮物：FAI 大于</translation>
        </message>
        <message>
            <source>Floating matter: minimum water depth (m)</source>
            <translation>漂浮物：最小水深（m）</translation>
        </message>
        <message>
            <source>Floating seaweed or mariculture only this many pixels or more from land: shore pixels mix land and water (and the 20 m SWIR band mixes more), which raises FAI.</source>
            <translation>漂浮海藻或养殖仅划在距陆地至少这么多像元处：岸边像元混合了陆地和水体（20 m 的 SWIR 波段混合更多），会抬高 FAI。</translation>
        </message>
        <message>
            <source>For each interval, from the oldest: the pixels whose class changes form patches, 8-connected (pixels that touch at a corner belong to one patch); a patch of fewer pixels than the minimum goes back to no change (the later date takes the earlier date's class there). Patches are measured whole across the strips the raster is read in.</source>
            <translation>从最早的时段开始逐个时段处理：类型发生变化的像元按 8 邻域连通组成斑块（角点相接的像元属于同一斑块）；像元数少于最小值的斑块恢复为未变化（该处较晚日期取较早日期的类型）。斑块跨越读取栅格时所分的条带，按整体计量。</translation>
        </message>
        <message>
            <source>For example '3:0.7, 5:0.6'; classes not listed get the default below. Lower values for classes that are hard to map give them more samples.</source>
            <translation>例如“3:0.7, 5:0.6”；未列出的类型使用下面的默认值。难以制图的类型取较低值，可获得更多样本。</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Formulas</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>From</source>
            <translation>转出类型</translation>
        </message>
        <message>
            <source>Fuel burnt in the venues and offices (boilers, stoves, official cars); electricity and heat bought</source>
            <translation>场馆和办公场所内燃烧的化石燃料（锅炉、灶具、公务车）；净购入的电力和热力</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>GDAL band offset {value} (scale 0.0001)</source>
            <translation>GDAL 波段偏移 {value}（比例系数 0.0001）</translation>
        </message>
        <message>
            <source>GeoTIFF of transition values (1..n, 0 = no data), with the table beside it (same name, .csv), the table in its metadata (BLUECARBON_TRANSITIONS) and its style (.qml).</source>
            <translation>转换值的 GeoTIFF（1..n，0 = 无数据），旁边附有对照表（同名 .csv）、写入元数据的对照表（BLUECARBON_TRANSITIONS）及其样式（.qml）。</translation>
        </message>
        <message>
            <source>Give at least one index name; known indices: {known}.</source>
            <translation>请至少给出一个指数名称；已知指数：{known}。</translation>
        </message>
        <message>
            <source>Give at least one sink: a layer or a number.</source>
            <translation>请至少给出一个碳汇：图层或数值。</translation>
        </message>
        <message>
            <source>Give both bounds of the sinks' interval, or neither.</source>
            <translation>碳汇区间的两个界限请同时给出，或都不给。</translation>
        </message>
        <message>
            <source>Give both reference class fields of a transition, REF_FROM_FIELD and REF_TO_FIELD (the class at the first and at the second date), or neither (then the reference class field holds pairs such as 3&gt;1).</source>
            <translation>请同时给出转换的两个参考类型字段 REF_FROM_FIELD 和 REF_TO_FIELD（第一个日期和第二个日期的类型），或两者都不给（此时参考类型字段存放 3&gt;1 这样的类型对）。</translation>
        </message>
        <message>
            <source>Give both scenarios' maps (PROJECT_SNAPSHOT_TABLE or PROJECT_SNAPSHOTS with PROJECT_SNAPSHOT_YEARS, and the same for BASELINE_), with the biophysical and transition tables.</source>
            <translation>请提供两个情景的地图（PROJECT_SNAPSHOT_TABLE，或 PROJECT_SNAPSHOTS 加 PROJECT_SNAPSHOT_YEARS；BASELINE_ 同理），以及生物物理参数表和转换表。</translation>
        </message>
        <message>
            <source>Give either both scenarios' maps or the two change tables (PROJECT, BASELINE), not both.</source>
            <translation>请提供两个情景的地图，或两张变化表（PROJECT、BASELINE），不要同时提供。</translation>
        </message>
        <message>
            <source>Give either the harvest field (t per year) or the yield field (t per ha per year), not both and not neither.</source>
            <translation>请给出收获量字段（吨/年）或单位面积产量字段（吨/公顷/年）之一，不能都给也不能都不给。</translation>
        </message>
        <message>
            <source>Give either the snapshot table or the snapshot layers with their years.</source>
            <translation>请提供快照表，或提供快照图层及其年份。</translation>
        </message>
        <message>
            <source>Give the date of each image in IMAGE_DATES (comma-separated, in the order INPUT, then the images of IMAGES), written as in the date field of the training samples.</source>
            <translation>请在 IMAGE_DATES 中给出每幅影像的日期（逗号分隔，顺序为 INPUT，然后是 IMAGES 中的影像），写法与训练样本日期字段中的相同。</translation>
        </message>
        <message>
            <source>Give the emissions either as a number or as a table of emission sources, not both and not neither.</source>
            <translation>请以数值或排放源表之一给出排放量，不能都给也不能都不给。</translation>
        </message>
        <message>
            <source>Gives the additional farmed area as well as the harvest.</source>
            <translation>同时给出额外的养殖面积和收获量。</translation>
        </message>
        <message>
            <source>Go on when more of the image's spectra than UNSEEN_LIMIT fall outside the model's training range (the log warns).</source>
            <translation>影像中超出模型训练范围的光谱多于 UNSEEN_LIMIT 时仍继续（日志中给出警告）。</translation>
        </message>
        <message>
            <source>Go on with a scaling that does not look like reflectance</source>
            <translation>缩放结果不像反射率时仍继续</translation>
        </message>
        <message>
            <source>Gradient-boosted trees (XGBoost; fastest prediction)</source>
            <translation>梯度提升树（XGBoost；预测最快）</translation>
        </message>
        <message>
            <source>grand total</source>
            <translation>总计</translation>
        </message>
        <message>
            <source>Grand totals (overlapping ground counted once)</source>
            <translation>总计（重叠区域仅计一次）</translation>
        </message>
        <message>
            <source>Green band (Custom)</source>
            <translation>绿波段（自定义）</translation>
        </message>
        <message>
            <source>green reflectance below {g:g} where the bathymetry is 0 to {d:g} m deep</source>
            <translation>水深图上水深 0 至 {d:g} m 处绿光反射率低于 {g:g}</translation>
        </message>
        <message>
            <source>Green vegetation where NDVI &gt; this (default 0.3).</source>
            <translation>NDVI 大于此值处为绿色植被（默认 0.3）。</translation>
        </message>
        <message>
            <source>Gross removals</source>
            <translation>总清除量</translation>
        </message>
        <message>
            <source>Gross removals (t CO2e)</source>
            <translation>总清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Gross removals on credited ground</source>
            <translation>计入土地上的总清除量</translation>
        </message>
        <message>
            <source>Gross removals on credited ground (t CO2e)</source>
            <translation>计入土地上的总清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Gross removals, high bound (t CO2e)</source>
            <translation>总清除量，上限（t CO2e）</translation>
        </message>
        <message>
            <source>Gross removals, low bound (t CO2e)</source>
            <translation>总清除量，下限（t CO2e）</translation>
        </message>
        <message>
            <source>Gross removals, project − baseline (t CO2e)</source>
            <translation>总清除量，项目 − 基线（t CO2e）</translation>
        </message>
        <message>
            <source>Gross removals, project − baseline, all ground</source>
            <translation>总清除量，项目 − 基线，全部土地</translation>
        </message>
        <message>
            <source>Ground that is not credited loses {t:.2f} t CO2e against the baseline over the crediting period; it is not deducted from the credited removals (the habitat table lists it with the reasons). A verifier may require losses inside the project areas to be deducted.</source>
            <translation>不计入的土地在计入期内相对基线损失 {t:.2f} t CO2e；这部分未从计入的清除量中扣除（生境表列出了它及原因）。核查机构可能要求扣除项目区内的损失。</translation>
        </message>
        <message>
            <source>Guardian's digitisation of VM0033 takes the buffer on the stock change, before leakage and the uncertainty deduction; the other choice takes it on the net after leakage.</source>
            <translation>Guardian 对 VM0033 的数字化实现在碳储量变化上计算缓冲，先于泄漏和不确定性扣减；另一选项则在扣除泄漏后的净量上计算。</translation>
        </message>
        <message>
            <source>Habitat</source>
            <translation>生境</translation>
        </message>
        <message>
            <source>Habitat class raster</source>
            <translation>生境分类栅格</translation>
        </message>
        <message>
            <source>Habitat classes in the colours of the plugin's style (styles/habitat_classes.qml), project areas outlined in red and labelled; scale bar: ground distance at the map's centre; arrow: true north.</source>
            <translation>生境类型采用插件样式（styles/habitat_classes.qml）的颜色，项目区以红线勾绘并标注；比例尺：地图中心处的地面距离；箭头：真北方向。</translation>
        </message>
        <message>
            <source>Habitat classifier: training and validation</source>
            <translation>生境分类器：训练与验证</translation>
        </message>
        <message>
            <source>Habitat map</source>
            <translation>生境图</translation>
        </message>
        <message>
            <source>Habitat mapping</source>
            <translation>生境制图</translation>
        </message>
        <message>
            <source>Habitat raster</source>
            <translation>生境栅格</translation>
        </message>
        <message>
            <source>Habitat raster (optional)</source>
            <translation>生境栅格（可选）</translation>
        </message>
        <message>
            <source>habitat-methodology table</source>
            <translation>生境—方法学表</translation>
        </message>
        <message>
            <source>half-width of the {confidence} % interval of the NER draws ÷ NER</source>
            <translation>NER 抽样的 {confidence} % 区间半宽 ÷ NER</translation>
        </message>
        <message>
            <source>harvest</source>
            <translation>收获量</translation>
        </message>
        <message>
            <source>Harvest (t fresh weight per year)</source>
            <translation>收获量（t 鲜重/年）</translation>
        </message>
        <message>
            <source>Harvest field (t fresh weight per year)</source>
            <translation>收获量字段（鲜重吨/年）</translation>
        </message>
        <message>
            <source>Highest class probability per pixel (float32, 0–1).</source>
            <translation>每个像元的最高类型概率（float32，0–1）。</translation>
        </message>
        <message>
            <source>Hotel nights of participants</source>
            <translation>参与者的住宿（间夜）</translation>
        </message>
        <message>
            <source>How shell carbon is counted (see the help): 0 Chinese marine-industry accounting, 1 tissue only, 2 calcification literature.</source>
            <translation>贝壳碳的计法（见帮助）：0 我国海洋行业核算，1 仅软组织，2 钙化文献。</translation>
        </message>
        <message>
            <source>How that species' shell carbon is counted (as in the mariculture removal tool).</source>
            <translation>该物种贝壳碳的计入方式（同海水养殖碳移出工具）。</translation>
        </message>
        <message>
            <source>How the target's pixels are put on the reference grid when the grids differ.</source>
            <translation>网格不同时，目标影像的像元以何种方式放到参考影像的网格上。</translation>
        </message>
        <message>
            <source>HTML files (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <source>HTML report for a verifier: inputs, method, sources, tables, chart, map, warnings.</source>
            <translation>供核查机构使用的 HTML 报告：输入、方法、数据来源、表格、图表、地图与警告。</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>影像</translation>
        </message>
        <message>
            <source>Image of date {date} ({path}):</source>
            <translation>日期 {date} 的影像（{path}）：</translation>
        </message>
        <message>
            <source>Image to classify: of the training image's product and band layout, or of any date and sensor when SENSOR is set.</source>
            <translation>待分类影像：与训练影像为相同产品和波段布局；设置 SENSOR 时可为任意日期和传感器的影像。</translation>
        </message>
        <message>
            <source>Image to normalise (target)</source>
            <translation>待归一化影像（目标影像）</translation>
        </message>
        <message>
            <source>IMAGE_DATES lists {n} date(s) ({dates}) for {images} image(s) (INPUT and the {more} of IMAGES): give one date per image, in that order.</source>
            <translation>IMAGE_DATES 为 {images} 幅影像（INPUT 及 IMAGES 中的 {more} 幅）列出了 {n} 个日期（{dates}）：请按此顺序为每幅影像给出一个日期。</translation>
        </message>
        <message>
            <source>IMAGE_DATES names {dates} more than once: give each image its own date (one image per date).</source>
            <translation>IMAGE_DATES 中 {dates} 出现了不止一次：请为每幅影像给出各自的日期（每个日期一幅影像）。</translation>
        </message>
        <message>
            <source>IMAGE_SENSORS gives INPUT the preset {first}, but SENSOR is {sensor}: they must agree.</source>
            <translation>IMAGE_SENSORS 给 INPUT 的预设为 {first}，而 SENSOR 为 {sensor}：两者必须一致。</translation>
        </message>
        <message>
            <source>IMAGE_SENSORS lists {given} for {n} image(s): give one SENSOR value per image (0 Sentinel-2 L2A, 1 Landsat 8/9, 2 Custom, 3 Landsat 4-5 TM, 4 Landsat 7 ETM+), in the order INPUT, then IMAGES.</source>
            <translation>IMAGE_SENSORS 为 {n} 幅影像列出了 {given}：请按 INPUT、然后 IMAGES 的顺序，为每幅影像给出一个 SENSOR 值（0 Sentinel-2 L2A，1 Landsat 8/9，2 自定义，3 Landsat 4-5 TM，4 Landsat 7 ETM+）。</translation>
        </message>
        <message>
            <source>IMAGES holds {n} more image(s), but no DATE_FIELD says which image each training sample belongs to. Set DATE_FIELD to the samples' date field and IMAGE_DATES to the date of each image.</source>
            <translation>IMAGES 中另有 {n} 幅影像，但没有 DATE_FIELD 说明每个训练样本属于哪幅影像。请把 DATE_FIELD 设为样本的日期字段，并在 IMAGE_DATES 中给出每幅影像的日期。</translation>
        </message>
        <message>
            <source>Images of the other dates</source>
            <translation>其他日期的影像</translation>
        </message>
        <message>
            <source>Importance of each feature in the trained classifier (the importances sum to 1).</source>
            <translation>训练所得分类器中各特征的重要性（重要性之和为1）。</translation>
        </message>
        <message>
            <source>In the {scenario} scenario: {detail}</source>
            <translation>{scenario}情景中：{detail}</translation>
        </message>
        <message>
            <source>In this inventory</source>
            <translation>本清单中</translation>
        </message>
        <message>
            <source>in this process, one piece after the other</source>
            <translation>本进程内，逐块依次计算</translation>
        </message>
        <message>
            <source>Included. Empty: the last observed year, so the change seen on the last map counts. Later years are ex-ante projections.</source>
            <translation>包含该年。留空：最后观测年份，因此最后一幅地图上看到的变化也计入。其后的年份为事前预测。</translation>
        </message>
        <message>
            <source>Indices</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>Indices (comma-separated)</source>
            <translation>指数（逗号分隔）</translation>
        </message>
        <message>
            <source>Indices added as features (comma-separated)</source>
            <translation>作为特征加入的指数（逗号分隔）</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Inputs and sampling design</source>
            <translation>输入与抽样设计</translation>
        </message>
        <message>
            <source>Inputs with their checksums, the deductions line by line, habitats, eligibility, periods, areas.</source>
            <translation>各输入及其校验和、逐行扣减、生境、合格性、监测期和各区域。</translation>
        </message>
        <message>
            <source>Inputs, the cleaning rules with the pixels each changed per date, the transitions and their areas.</source>
            <translation>输入、清理规则及每条规则在各日期改动的像元数、各类型转换及其面积。</translation>
        </message>
        <message>
            <source>Integer class raster (for example from the habitat mapping tools). Nodata and pixels outside the raster count as unmapped.</source>
            <translation>整数类型的生境分类栅格（例如来自生境制图工具）。无数据像元及栅格范围以外的部分计为未制图。</translation>
        </message>
        <message>
            <source>Integer class raster that was sampled.</source>
            <translation>被抽样的整数分类栅格。</translation>
        </message>
        <message>
            <source>Integer class raster to assess (the plugin's or any other), or a transition map.</source>
            <translation>待评价的整数分类栅格（本插件或其他来源），或转换图。</translation>
        </message>
        <message>
            <source>Integer class value of each sample (the plugin's scheme: 1 water … 9 other land).</source>
            <translation>每个样本的整数类型代码（本插件体系：1 水体 … 9 其他陆地）。</translation>
        </message>
        <message>
            <source>Intertidal mask (raster or polygons)</source>
            <translation>潮间带掩膜（栅格或面）</translation>
        </message>
        <message>
            <source>Intervals of the adjusted values: in every iteration the rows p(· | i) are drawn from their Dirichlet posterior together with the biophysical values, and the 2.5–97.5 percentiles of the totals are given.</source>
            <translation>校正值的区间：每次迭代中，各行 p(· | i) 与生物物理参数一起从其狄利克雷后验分布中抽取，给出总量的 2.5–97.5 百分位数。</translation>
        </message>
        <message>
            <source>Intervals: every biophysical value with _lo/_hi bounds is drawn once per iteration (the same draw for every pixel and area); the interval is the 2.5–97.5 percentile of the totals, widened to include the central value when the draws are skewed.</source>
            <translation>区间：每个带 _lo/_hi 界限的生物物理参数在每次迭代中抽样一次（所有像元和区域共用同一抽样）；区间取总量的 2.5–97.5 百分位数，抽样偏斜时扩展至包含中心值。</translation>
        </message>
        <message>
            <source>Invariant pixels</source>
            <translation>不变像元</translation>
        </message>
        <message>
            <source>Invariant pixels: {n} of {valid} valid in both images ({pct:.1f}%); {fit} fit the regression, {test} held out to measure it.</source>
            <translation>不变像元：两幅影像均有效的 {valid} 个像元中有 {n} 个（{pct:.1f}%）；{fit} 个用于拟合回归，{test} 个留出用于检验。</translation>
        </message>
        <message>
            <source>InVEST 3.14's biophysical table, shared by both scenarios (so they share every draw); &lt;column&gt;_lo/&lt;column&gt;_hi bounds give the intervals. Needed with the maps.</source>
            <translation>InVEST 3.14 的生物物理参数表，两个情景共用（因此共享每一次抽样）；&lt;列&gt;_lo/&lt;列&gt;_hi 边界给出区间。使用地图时必需。</translation>
        </message>
        <message>
            <source>InVEST 3.14's biophysical table; optional &lt;column&gt;_lo/&lt;column&gt;_hi bounds give intervals.</source>
            <translation>InVEST 3.14 的生物物理参数表；可选的 &lt;列名&gt;_lo/&lt;列名&gt;_hi 界限用于计算区间。</translation>
        </message>
        <message>
            <source>InVEST Coastal Blue Carbon bookkeeping, per pixel, year by year: accumulation at the yearly rate of the class a transition leads to ('accum'), exponential emission of the disturbed share of the stock with the source class's half-life ('low/med/high-impact-disturb'), no change ('NCC'). Values are Mg CO2e per hectare; totals per area are the per-pixel values times the exact ellipsoidal area of the pixel inside the area.</source>
            <translation>InVEST 滨海蓝碳簿记法，逐像元、逐年计算：转换后类型按其年累积速率累积（“accum”）；受扰动部分的储量按来源类型的半衰期呈指数排放（“low/med/high-impact-disturb”）；无变化（“NCC”）。数值单位为每公顷 Mg CO2e；各区域总量为像元值乘以该像元位于区域内部分的精确椭球面积。</translation>
        </message>
        <message>
            <source>InVEST User's Guide equations</source>
            <translation>InVEST 用户指南中的公式</translation>
        </message>
        <message>
            <source>InVEST's snapshot CSV of this scenario: snapshot_year, raster_path (paths relative to the CSV's folder). Or give the layers and years below.</source>
            <translation>本情景的 InVEST 快照 CSV：snapshot_year、raster_path（路径相对于该 CSV 所在文件夹）。或在下方给出图层和年份。</translation>
        </message>
        <message>
            <source>InVEST's snapshot CSV: snapshot_year, raster_path (paths relative to the CSV's folder). Or give the snapshot layers and their years below.</source>
            <translation>InVEST 的快照 CSV：snapshot_year、raster_path（路径相对于 CSV 所在文件夹）。也可在下方给出快照图层及其年份。</translation>
        </message>
        <message>
            <source>InVEST's transition matrix, applied alike in both scenarios. Needed with the maps.</source>
            <translation>InVEST 的转换矩阵，两个情景同样适用。使用地图时必需。</translation>
        </message>
        <message>
            <source>InVEST's transition matrix, then the pixel counts and areas of each pair.</source>
            <translation>InVEST 的转换矩阵，其后为每对类型的像元数和面积。</translation>
        </message>
        <message>
            <source>InVEST's transition matrix: lulc-class rows (from) and columns (to); cells accum, low-impact-disturb, med-impact-disturb, high-impact-disturb, NCC or empty. The transition template algorithm writes one listing the pairs that occur.</source>
            <translation>InVEST 的转换矩阵：lulc-class 行（转出）和列（转入）；单元格为 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb、NCC 或空。“转换表模板”算法可生成列出所有发生类型对的模板。</translation>
        </message>
        <message>
            <source>IPCC 2013 Tier 1 basis: accumulation rates only on restored, revegetated or created area</source>
            <translation>IPCC 2013 第 1 层级基础：累积速率只用于修复、再植或新建的面积</translation>
        </message>
        <message>
            <source>IPCC 2013 Tier 1: rates only on restored, revegetated or created area</source>
            <translation>IPCC 2013 第 1 层级：速率只用于修复、再植或新建的面积</translation>
        </message>
        <message>
            <source>IPCC's Tier 1 accumulation rates are meant for rewetted, revegetated or created wetlands; with basis 1 the uptake counts only inside the restored areas.</source>
            <translation>IPCC 第 1 层级累积速率适用于再湿润、再植或新建的湿地；选择基础 1 时，只计算修复区域内的吸收量。</translation>
        </message>
        <message>
            <source>IR-MAD: {it} iteration(s){stop}; canonical correlations {rho}.</source>
            <translation>IR-MAD：迭代 {it} 次{stop}；典型相关系数 {rho}。</translation>
        </message>
        <message>
            <source>ISO 3166 alpha-3 code or English or Chinese country name (CHN, China, 中国): mangrove AGB, BGB and soil densities from the per-country table (Tier 2 from mapped data) instead of Tier 1. Empty: the density table's mangrove rows.</source>
            <translation>ISO 3166 三字母代码或国家的英文或中文名称（CHN、China、中国）：红树林地上生物量、地下生物量和土壤碳密度取自国家表（基于制图数据的第 2 层级），而非第 1 层级。留空：使用碳密度表的红树林行。</translation>
        </message>
        <message>
            <source>Issuable for the observed years (t CO2e)</source>
            <translation>观测年份可签发量（t CO2e）</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>签发量</translation>
        </message>
        <message>
            <source>Issued as carbon credits</source>
            <translation>已签发为碳信用</translation>
        </message>
        <message>
            <source>Issued as carbon credits (as stated by the user).</source>
            <translation>已签发为碳信用（由用户声明）。</translation>
        </message>
        <message>
            <source>issued as credits</source>
            <translation>已签发为碳信用</translation>
        </message>
        <message>
            <source>Issued before</source>
            <translation>此前已签发</translation>
        </message>
        <message>
            <source>it has the same size but another origin or pixel size than the {base} snapshot</source>
            <translation>其尺寸与 {base} 年快照相同，但原点或像元大小不同</translation>
        </message>
        <message>
            <source>it is {w} x {h} pixels, the {base} snapshot {w0} x {h0}</source>
            <translation>其为 {w} x {h} 像元，而 {base} 年快照为 {w0} x {h0}</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>its CRS differs from that of the {base} snapshot</source>
            <translation>其坐标参考系与 {base} 年快照不同</translation>
        </message>
        <message>
            <source>Its yield (t per ha per year)</source>
            <translation>其单位面积产量（吨/公顷/年）</translation>
        </message>
        <message>
            <source>Joint draws of the bounded biophysical values, both scenarios with the same draw.</source>
            <translation>对有边界的生物物理参数进行联合抽样，两个情景使用同一次抽样。</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>转换方式</translation>
        </message>
        <message>
            <source>L = {leakage} % × max(ΔC′, 0)</source>
            <translation>L = {leakage} % × max(ΔC′, 0)</translation>
        </message>
        <message>
            <source>Labelled points of a stratified sample of the change (as the sampling design tool draws it on a transition map of these snapshots): with them, and two snapshots, the change is also given on the area-adjusted transitions (_adj fields). The map transition of each point is read from the snapshots.</source>
            <translation>变化分层样本的已标注点（如抽样设计工具在这些快照的转换图上抽取的样本）：给出这些点且有两期快照时，还按面积校正后的转换给出变化（_adj 字段）。各点的地图转换由快照读出。</translation>
        </message>
        <message>
            <source>Labelled points of a stratified sample of the habitat raster (as made by the sampling design tool): with them, class areas are adjusted for map error and _adj results are added.</source>
            <translation>生境栅格分层抽样的已标注样点（如抽样设计工具生成的样点）：提供后，类型面积按制图误差校正，并增加 _adj 结果。</translation>
        </message>
        <message>
            <source>Labelled sample points, for example from the sampling design tool, in any CRS.</source>
            <translation>已标注的样本点，例如来自抽样设计工具，可为任意坐标参考系。</translation>
        </message>
        <message>
            <source>land-cover lookup table</source>
            <translation>土地覆盖查找表</translation>
        </message>
        <message>
            <source>Land-cover lookup table (InVEST CSV)</source>
            <translation>土地覆盖查找表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Land-cover snapshot table (InVEST CSV)</source>
            <translation>土地覆盖快照表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Land-cover snapshots (class rasters)</source>
            <translation>土地覆盖快照（分类栅格）</translation>
        </message>
        <message>
            <source>Landfill and incineration of the event's waste</source>
            <translation>活动废弃物的填埋和焚烧</translation>
        </message>
        <message>
            <source>Landsat 4-5 TM Collection 2 Level-2</source>
            <translation>Landsat 4-5 TM Collection 2 Level-2</translation>
        </message>
        <message>
            <source>Landsat 7 ETM+ Collection 2 Level-2</source>
            <translation>Landsat 7 ETM+ Collection 2 Level-2</translation>
        </message>
        <message>
            <source>Landsat 8/9 Collection 2 Level-2</source>
            <translation>Landsat 8/9 第2集合 L2 级</translation>
        </message>
        <message>
            <source>Language of the HTML statement and the statement data.</source>
            <translation>HTML 说明及说明数据的语言。</translation>
        </message>
        <message>
            <source>Larger classes are randomly thinned to this many pixels, so that no class swamps the others.</source>
            <translation>样本较多的类型随机抽稀到此像元数，避免某一类型压倒其他类型。</translation>
        </message>
        <message>
            <source>Largest excess of unseen spectra (%)</source>
            <translation>未见过光谱的最大超出量（%）</translation>
        </message>
        <message>
            <source>Last observed year</source>
            <translation>最后观测年份</translation>
        </message>
        <message>
            <source>Last year of the analysis (at or after the last snapshot). Empty: the last snapshot year.</source>
            <translation>分析的最后年份（不早于最后一个快照）。留空：最后一个快照年份。</translation>
        </message>
        <message>
            <source>Last year of the crediting period</source>
            <translation>计入期最后一年</translation>
        </message>
        <message>
            <source>Leakage</source>
            <translation>泄漏</translation>
        </message>
        <message>
            <source>leakage</source>
            <translation>泄漏</translation>
        </message>
        <message>
            <source>Leakage (%)</source>
            <translation>泄漏（%）</translation>
        </message>
        <message>
            <source>Leakage (t CO2e)</source>
            <translation>泄漏（t CO2e）</translation>
        </message>
        <message>
            <source>Leakage as the CCER sector-14 methodologies account it (project change − baseline change − leakage), as quoted by secondary sources; the percentage is the project's own estimate. Not checked against the published text.</source>
            <translation>泄漏按 CCER 第 14 领域方法学的核算方式（项目变化 − 基线变化 − 泄漏），据二手资料；泄漏比例为项目自行估计。未对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>Left out (ha)</source>
            <translation>剔除（公顷）</translation>
        </message>
        <message>
            <source>Left out: ground that is nodata in a map of either scenario, left out of both. Each area's rows count its whole ground; totals count overlapping ground once.</source>
            <translation>剔除：在任一情景的某幅地图中为无数据的土地，两个情景都剔除。各区域的行计入其全部土地；合计中重叠土地只计一次。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>项</translation>
        </message>
        <message>
            <source>lognormal, median = value</source>
            <translation>对数正态分布，中位数 = 数值</translation>
        </message>
        <message>
            <source>Lyzenga depth-invariant index from {n} sand pixels (attenuation ratio {k:.3f} by {method}); bottom darker than the sand by more than {sd:g} sd, optically shallow</source>
            <translation>Lyzenga 深度不变指数，来自 {n} 个沙底像元（衰减比 {k:.3f}，方法：{method}）；底质比沙底暗超过 {sd:g} 个标准差，且为光学浅水</translation>
        </message>
        <message>
            <source>mangrove</source>
            <translation>红树林</translation>
        </message>
        <message>
            <source>Mangrove densities of {country} ({iso}): AGB {agb} + BGB {bgb} + soil {soil} t C/ha (Mangrove Carbon App, {year}).</source>
            <translation>{country}（{iso}）的红树林密度：地上生物量 {agb} + 地下生物量 {bgb} + 土壤 {soil} t C/ha（Mangrove Carbon App，{year}）。</translation>
        </message>
        <message>
            <source>Mangrove densities of {country} ({iso}, {year}) from the per-country table of the Mangrove Carbon App (Global Wetlands Project, MIT licence), beside the rows they replace. The country table has no uncertainty bounds: each pool keeps the relative range of the replaced row around the country value (no better source was found). The accumulation rate keeps the replaced row's value.</source>
            <translation>{country}（{iso}，{year}）的红树林密度取自 Mangrove Carbon App 的国家表（Global Wetlands Project，MIT 许可），与其替换的行并列。国家表没有不确定性界限：各碳库沿用被替换行的相对范围，围绕国家数值（未找到更好的来源）。累积速率沿用被替换行的数值。</translation>
        </message>
        <message>
            <source>Mangrove planting under {methodology} is credited only on ground whose class in the baseline's first map is one of: {classes}.</source>
            <translation>按 {methodology} 的红树林营造只计入基线第一幅地图中类型为以下之一的土地：{classes}。</translation>
        </message>
        <message>
            <source>Mangrove vegetation index threshold (Baloloy et al. 2020: mangroves 4.5–16.5).</source>
            <translation>红树林植被指数阈值（Baloloy 等 2020：红树林 4.5–16.5）。</translation>
        </message>
        <message>
            <source>Mangrove: MVI at least</source>
            <translation>红树林：MVI 不小于</translation>
        </message>
        <message>
            <source>Map \ reference</source>
            <translation>分类图 \ 参考</translation>
        </message>
        <message>
            <source>Map accuracy and area-adjusted class areas</source>
            <translation>分类图精度与面积校正后的类型面积</translation>
        </message>
        <message>
            <source>Map class field</source>
            <translation>分类图类型字段</translation>
        </message>
        <message>
            <source>Map class {cls} ({ha} ha, {share} % of the map) has no reference point: overall accuracy, producer's accuracies and area-adjusted areas cannot be estimated (the stratified estimator needs at least one sample unit in every map class) and are left empty. Label points of class {cls}, or merge it into another class or exclude it from the map (and report its mapped area as excluded); the user's accuracies of the other classes stand.</source>
            <translation>分类图类型 {cls}（{ha} 公顷，占分类图的 {share} %）没有参考点：总体精度、生产者精度和校正面积无法估计（分层估计量要求每个分类图类型至少有一个样本单元），因此留空。请为类型 {cls} 标注参考点，或将其并入其他类型、或从分类图中排除（并报告其被排除的制图面积）；其他类型的用户精度仍然有效。</translation>
        </message>
        <message>
            <source>Map class {cls} has a single reference sample: no variance can be estimated, so no interval is given where it matters. Label at least two (better 50) samples per class.</source>
            <translation>分类图类型 {cls} 只有一个参考样本：无法估计方差，相关区间不予给出。每个类型至少标注两个（最好50个）样本。</translation>
        </message>
        <message>
            <source>Map class {cls} has no point in the reference sample: its area cannot be adjusted and is kept as mapped.</source>
            <translation>分类图类型 {cls} 在参考样本中没有样点：其面积无法校正，保持制图面积。</translation>
        </message>
        <message>
            <source>Map class {cls}: its {n} reference points fall on {d} distinct pixels; points on the same pixel are counted as separate sample units (a sample drawn with replacement), not as a census.</source>
            <translation>分类图类型 {cls}：其 {n} 个参考点只落在 {d} 个不同像元上；同一像元上的多个点按独立样本单元计（相当于有放回抽样），不视为普查。</translation>
        </message>
        <message>
            <source>Map error is carried into stock change for two snapshots (a map transition per pixel); {n} were given ({years}). Run with the first and the last snapshot only, or without the reference sample.</source>
            <translation>制图误差只在两期快照（每个像元一种地图转换）时计入储量变化；当前给出了 {n} 期（{years}）。请只用第一期和最后一期快照运行，或不使用参考样本。</translation>
        </message>
        <message>
            <source>Map error: each area's class areas are adjusted with the reference sample, adjusted_ha_j = Σ_i mapped_ha_i × p(j | i), p(j | i) the sample's share of reference class j among the points of map class i (Olofsson et al. 2014). Assumption: the map's error rates inside the areas are those of the whole map. The Monte Carlo draws the conditional proportions of each map class from their Dirichlet posterior together with the densities, so the _adj intervals include map error.</source>
            <translation>制图误差：各区域的类型面积用参考样本校正，adjusted_ha_j = Σ_i mapped_ha_i × p(j | i)，p(j | i) 为样本中分类图类型 i 的样点里参考类型为 j 的比例（Olofsson 等，2014）。假设：区域内的制图误差率与整幅地图相同。蒙特卡罗将各分类图类型的条件比例按其 Dirichlet 后验分布与密度一同抽样，因此 _adj 区间包含制图误差。</translation>
        </message>
        <message>
            <source>Map error: mapped and area-adjusted change (t CO2e)</source>
            <translation>制图误差：制图变化与面积校正后的变化（t CO2e）</translation>
        </message>
        <message>
            <source>Map error: the areas are the maps' own; no reference sample of the transitions is drawn yet.</source>
            <translation>制图误差：面积为地图本身的面积；尚未使用转换的参考样本进行抽样。</translation>
        </message>
        <message>
            <source>Map of the areas over the habitat map</source>
            <translation>项目区与生境图</translation>
        </message>
        <message>
            <source>Map transitions without a sample point keep their mapped area: {pairs}.</source>
            <translation>没有样本点的地图转换保留其制图面积：{pairs}。</translation>
        </message>
        <message>
            <source>Mapped</source>
            <translation>制图</translation>
        </message>
        <message>
            <source>mapped</source>
            <translation>制图</translation>
        </message>
        <message>
            <source>mapped [ha]</source>
            <translation>制图 [ha]</translation>
        </message>
        <message>
            <source>Mapped and adjusted area</source>
            <translation>制图面积与校正面积</translation>
        </message>
        <message>
            <source>Mapped and adjusted transition areas</source>
            <translation>制图与校正后的转换面积</translation>
        </message>
        <message>
            <source>Mapped and area-adjusted areas per area and class</source>
            <translation>各区域各类型的制图面积与校正面积</translation>
        </message>
        <message>
            <source>Mapped area and area-adjusted area of each class (ha), the adjusted area with its 95% confidence interval.</source>
            <translation>各类型的制图面积与面积校正面积（公顷），校正面积附 95% 置信区间。</translation>
        </message>
        <message>
            <source>Mapped habitat area (ha)</source>
            <translation>已制图生境面积（公顷）</translation>
        </message>
        <message>
            <source>Mapped habitat area of all areas, overlaps once (ha)</source>
            <translation>全部区域已制图生境面积，重叠仅计一次（公顷）</translation>
        </message>
        <message>
            <source>Maps the plugin's habitat classes from one surface reflectance image with a documented rule set, no training data needed. No class is assigned without its evidence: a class whose evidence is missing is skipped with a warning saying why, and the output's metadata (CLASS_&lt;code&gt;_EVIDENCE, SKIPPED_CLASSES) lists per class the evidence used.

Rules (later ones take precedence) and their evidence:
1 open water: MNDWI &gt; 0 (Xu 2006).
5 seagrass: a dark, optically shallow bottom, only with sand polygons (Lyzenga's depth-invariant index) or bathymetry (dark green reflectance in shallow water); with neither it is skipped, because deep water looks the same.
6 seaweed / 7 floating mariculture: FAI above its threshold (Hu 2009; NDVI &gt; 0 for seaweed), at least SHORE_BUFFER pixels from land, and with bathymetry only over water at least FLOAT_MIN_DEPTH deep.
2 tidal flat and 4 salt marsh: only where the intertidal zone is known: inside the intertidal mask, or at or below the maximum elevation on a DEM that covers the land (values on at least 90% of the image's land pixels, reaching below 0 and above the maximum elevation). A bathymetry whose land is nodata is no evidence of intertidal land: without evidence both classes are skipped.
3 mangrove: NDVI &gt; 0.3 and the mangrove vegetation index MVI ≥ 4.5 (Baloloy et al. 2020), not above the maximum elevation when a DEM is given, inside the intertidal mask when one is given.
9 other land: the rest.

Lyzenga's index (Lyzenga 1981, Int. J. Remote Sens. 2: 71–82; Green, Mumby, Edwards &amp; Clark 2000, Remote Sensing Handbook for Tropical Coastal Management): DII = ln(B − B∞) − k ln(G − G∞), with B∞, G∞ the darkest (1st percentile) water. The attenuation ratio k = kB/kG is the ratio of the slopes of ln(L − L∞) against depth over the sand when a DEM/bathymetry is given, else from the sand's variance/covariance (a = (σBB − σGG)/(2σBG), k = a + √(a² + 1)), which reads the sand's own brightness variation as depth. A darker bottom shifts DII by (1 − k) ln(darkening): seagrass lies below the sand's DII when k &lt; 1 and above it when k &gt; 1 (turbid or CDOM-rich water); near k = 1 the index cannot see a darker bottom and a warning names the attenuation ratio. Pixels whose blue and green are both within two deep-water standard deviations of L∞ are optically deep and not seagrass. The log gives k, how it was estimated, the sand sample's size and depth range.

The DEM and the intertidal mask must overlap the image (a layer in the wrong CRS is refused). Aquaculture ponds need shape and context: use the supervised classifier for them. Thresholds are starting points: check the result against known sites and adjust them, or train a classifier.</source>
            <translation>用一套有文献依据的规则，从一幅地表反射率影像绘制插件的生境类型，无需训练数据。没有证据就不划分任何类型：缺少证据的类型会被跳过，并给出说明原因的警告；输出的元数据（CLASS_&lt;code&gt;_EVIDENCE、SKIPPED_CLASSES）逐类列出所用的证据。

规则（后面的优先）及其证据：
1 开阔水域：MNDWI &gt; 0（Xu 2006）。
5 海草床：暗色、光学浅水的底质，仅在有沙底多边形（Lyzenga 深度不变指数）或水深图（浅水中绿光反射率低）时划分；两者都没有时跳过，因为深水看起来一样。
6 海藻 / 7 浮筏养殖：FAI 高于阈值（Hu 2009；海藻 NDVI &gt; 0），距陆地至少 SHORE_BUFFER 个像元，有水深图时仅限水深至少 FLOAT_MIN_DEPTH 的水域。
2 潮滩和 4 盐沼：仅在潮间带已知处：潮间带掩膜内，或覆盖陆地的 DEM（在影像至少 90% 的陆地像元上有值，且既低于 0 又高于最高高程）上不高于最高高程处。陆地为无数据的水深图不能作为潮间带陆地的证据：没有证据时两类都跳过。
3 红树林：NDVI &gt; 0.3 且红树林植被指数 MVI ≥ 4.5（Baloloy 等 2020），有 DEM 时不高于最高高程，有潮间带掩膜时位于掩膜内。
9 其他陆地：其余部分。

Lyzenga 指数（Lyzenga 1981，Int. J. Remote Sens. 2: 71–82；Green、Mumby、Edwards 和 Clark 2000，《热带海岸管理遥感手册》）：DII = ln(B − B∞) − k ln(G − G∞)，B∞、G∞ 为最暗（第 1 百分位）的水体。给出 DEM/水深图时，衰减比 k = kB/kG 为沙底上 ln(L − L∞) 对水深的斜率之比；否则由沙底的方差/协方差求得（a = (σBB − σGG)/(2σBG)，k = a + √(a² + 1)），此法会把沙底自身的亮度变化当作水深。较暗的底质使 DII 变化 (1 − k) ln(变暗倍数)：k &lt; 1 时海草床位于沙底 DII 之下，k &gt; 1 时（浑浊或有色溶解有机物丰富的水体）位于其上；k 接近 1 时指数无法识别较暗底质，会给出注明衰减比的警告。蓝光和绿光都在 L∞ 上方两个深水标准差以内的像元为光学深水，不划为海草床。日志给出 k、其估算方法、沙底样本的数量和水深范围。

DEM 和潮间带掩膜必须与影像重叠（坐标参考系错误的图层会被拒绝）。养殖池塘需要形状和周边信息：请用监督分类器识别。阈值只是起点：请对照已知地点检查结果并调整，或训练分类器。</translation>
        </message>
        <message>
            <source>Mariculture</source>
            <translation>海水养殖</translation>
        </message>
        <message>
            <source>Mariculture carbon removal (shellfish and seaweed)</source>
            <translation>海水养殖碳移出（贝类与藻类）</translation>
        </message>
        <message>
            <source>Mask (raster or polygons)</source>
            <translation>掩膜（栅格或面）</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>会议用品</translation>
        </message>
        <message>
            <source>Materials and goods bought for the event</source>
            <translation>为活动采购的用品和物料</translation>
        </message>
        <message>
            <source>Maximum elevation of intertidal habitats (m)</source>
            <translation>潮间带生境最高高程（米）</translation>
        </message>
        <message>
            <source>Maximum IR-MAD iterations</source>
            <translation>IR-MAD 最大迭代次数</translation>
        </message>
        <message>
            <source>Maximum training pixels per class</source>
            <translation>每类最大训练像元数</translation>
        </message>
        <message>
            <source>MC median [t CO2e/yr]</source>
            <translation>蒙特卡罗中位数 [t CO2e/yr]</translation>
        </message>
        <message>
            <source>MC median [t CO2e]</source>
            <translation>蒙特卡罗中位数 [t CO2e]</translation>
        </message>
        <message>
            <source>Meals of participants</source>
            <translation>参与者的餐饮</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Method and formulas</source>
            <translation>方法与公式</translation>
        </message>
        <message>
            <source>Method and formulas, the stock time series per area, the transitions that occurred.</source>
            <translation>方法与公式、各区域碳储量时间序列、发生的类型转换。</translation>
        </message>
        <message>
            <source>Method: {method}</source>
            <translation>方法：{method}</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>方法学</translation>
        </message>
        <message>
            <source>Methodology of the deductions</source>
            <translation>扣减所依据的方法学</translation>
        </message>
        <message>
            <source>methodology table</source>
            <translation>方法学表</translation>
        </message>
        <message>
            <source>Mg C per ha (× 44/12)</source>
            <translation>每公顷 Mg C（× 44/12）</translation>
        </message>
        <message>
            <source>Mg CO2e per ha (as InVEST)</source>
            <translation>每公顷 Mg CO2e（同 InVEST）</translation>
        </message>
        <message>
            <source>Minimum change patch (pixels; 0 = off)</source>
            <translation>最小变化斑块（像元；0 = 关闭）</translation>
        </message>
        <message>
            <source>Minimum mapping unit for change: {state}; pixels changed per date: {counts}.</source>
            <translation>变化的最小制图单元：{state}；各日期改动的像元数：{counts}。</translation>
        </message>
        <message>
            <source>Minimum sample size per change stratum (transition maps)</source>
            <translation>每个变化层最小样本量（用于转换图）</translation>
        </message>
        <message>
            <source>Minimum sample size per class</source>
            <translation>每类最小样本量</translation>
        </message>
        <message>
            <source>MNDWI &gt; {v:g} (Xu 2006)</source>
            <translation>MNDWI &gt; {v:g}（Xu 2006）</translation>
        </message>
        <message>
            <source>Model file</source>
            <translation>模型文件</translation>
        </message>
        <message>
            <source>Model: {method}, classes {classes}, features {features}</source>
            <translation>模型：{method}，类型 {classes}，特征 {features}</translation>
        </message>
        <message>
            <source>Mol CO2 released per mol CaCO3 precipitated, used by method 2; 0.6 from Frankignoulle, Canon &amp; Gattuso 1994, Limnology and Oceanography 39: 458–462.</source>
            <translation>每沉淀1 mol CaCO3 释放的 CO2 摩尔数，用于方法2；0.6 取自 Frankignoulle、Canon 与 Gattuso 1994，Limnology and Oceanography 39: 458–462。</translation>
        </message>
        <message>
            <source>Monitoring periods (their last years, comma list)</source>
            <translation>监测期（各期最后一年，逗号分隔）</translation>
        </message>
        <message>
            <source>Monitoring periods and issuance</source>
            <translation>监测期与签发</translation>
        </message>
        <message>
            <source>Monitoring periods must end on years of the accounting, in increasing order; got {ends} for the years {first}–{last}.</source>
            <translation>监测期必须在核算年份内结束，且按递增顺序；实际为 {ends}，核算年份为 {first}–{last}。</translation>
        </message>
        <message>
            <source>Monitoring periods: '{value}' is not a year; give the last year of each period, separated by commas (e.g. 2022, 2025).</source>
            <translation>监测期：“{value}”不是年份；请给出每个监测期的最后一年，以逗号分隔（例如 2022, 2025）。</translation>
        </message>
        <message>
            <source>Monte Carlo distribution</source>
            <translation>蒙特卡罗分布</translation>
        </message>
        <message>
            <source>Monte Carlo draws</source>
            <translation>蒙特卡罗抽样次数</translation>
        </message>
        <message>
            <source>Monte Carlo draws per batch (0 = no interval)</source>
            <translation>每批次蒙特卡罗抽样次数（0 = 不计算区间）</translation>
        </message>
        <message>
            <source>Monte Carlo draws used</source>
            <translation>所用蒙特卡罗抽样次数</translation>
        </message>
        <message>
            <source>Monte Carlo iterations</source>
            <translation>蒙特卡罗迭代次数</translation>
        </message>
        <message>
            <source>Monte Carlo iterations (0 = no interval)</source>
            <translation>蒙特卡罗迭代次数（0 = 不计算区间）</translation>
        </message>
        <message>
            <source>Monte Carlo: {n:,} draws{how}.</source>
            <translation>蒙特卡罗：{n:,} 次抽样{how}。</translation>
        </message>
        <message>
            <source>Multiband image</source>
            <translation>多波段影像</translation>
        </message>
        <message>
            <source>N = NER′ − B</source>
            <translation>N = NER′ − B</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Name the source of the non-permanence buffer percentage (for a VCS project: its AFOLU Non-Permanence Risk Tool v4.2 risk report).</source>
            <translation>请注明非持久性缓冲比例的来源（VCS 项目：其 AFOLU 非持久性风险工具 v4.2 风险报告）。</translation>
        </message>
        <message>
            <source>Name, place and dates of the event, shown in the statement.</source>
            <translation>活动的名称、地点和日期，显示在声明中。</translation>
        </message>
        <message>
            <source>Names each farm in messages and in the farm_id field of the output (default: the feature id).</source>
            <translation>在消息中以及输出的 farm_id 字段中用来称呼每个养殖区（默认：要素编号）。</translation>
        </message>
        <message>
            <source>Narrow NIR (B8A, 865 nm)</source>
            <translation>窄近红外（B8A，865 nm）</translation>
        </message>
        <message>
            <source>natcap.invest 3.14.2 code (bit-for-bit)</source>
            <translation>natcap.invest 3.14.2 代码（逐位一致）</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020)</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020）</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), inside the intertidal mask</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020），位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020），DEM 上不高于 {max:g} m</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM, inside the intertidal mask</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020），DEM 上不高于 {max:g} m，位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>Nearest neighbour (keeps the target's values)</source>
            <translation>最近邻（保留目标影像的原值）</translation>
        </message>
        <message>
            <source>NER = ΔC′ − L</source>
            <translation>NER = ΔC′ − L</translation>
        </message>
        <message>
            <source>NER′ = NER − U</source>
            <translation>NER′ = NER − U</translation>
        </message>
        <message>
            <source>Net present value at {year}</source>
            <translation>{year} 年净现值</translation>
        </message>
        <message>
            <source>Net removals (t CO2e)</source>
            <translation>净清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Net removals after the uncertainty deduction</source>
            <translation>扣除不确定性后的净清除量</translation>
        </message>
        <message>
            <source>Net removals before the uncertainty deduction (NER)</source>
            <translation>扣除不确定性前的净清除量（NER）</translation>
        </message>
        <message>
            <source>Net removals by area and year</source>
            <translation>按区域和年份的净清除量</translation>
        </message>
        <message>
            <source>Net removals by monitoring period</source>
            <translation>按监测期的净清除量</translation>
        </message>
        <message>
            <source>Net removals credited</source>
            <translation>计入的净清除量</translation>
        </message>
        <message>
            <source>Net removals of a project against its baseline</source>
            <translation>项目相对基线的净清除量</translation>
        </message>
        <message>
            <source>Net removals of a project against its baseline over a crediting period, from both scenarios' land-cover maps run together by the stock-change model of 'Carbon stock change over time' (InVEST Coastal Blue Carbon): one grid, the same pixels (a pixel nodata in a map of either scenario is left out of both, its area reported), the same years (a scenario's map is carried to the years it has none) and the same Monte Carlo draws, so ground that is the same in both gives exactly 0. Overlapping areas count once in every total.

Per area, year and monitoring period: baseline, project and gross removals (project − baseline) with the percentile interval of the joint draws (90 % by default). Years up to the last observed map are ex-post, later years ex-ante projections. Each habitat type is tied to its CCER methodology; mangrove planting is credited only on ground that was tidal flat or aquaculture pond in the baseline's first map; other ground is listed as not credited, with the reason. Deductions (allochthonous soil carbon, leakage, uncertainty, non-permanence buffer) are taken on cumulative totals, in the methodology's order; issued = cumulative net − issued before.

Earlier interface: the PROJECT and BASELINE change tables of two 'Carbon stock change over time' runs still work, for central values only (no joint interval, overlaps, habitats or eligibility), not for verification.</source>
            <translation>计入期内项目相对基线的净清除量，由“碳储量随时间的变化”的碳储量变化模型（InVEST 滨海蓝碳）对两个情景的土地覆盖地图一并运行得出：同一网格、相同像元（任一情景任一地图中为无数据的像元从两个情景中都剔除，并报告其面积）、相同年份（情景在没有地图的年份沿用其地图）以及相同的蒙特卡罗抽样，因此两个情景中相同的土地结果恰为 0。所有合计中重叠区域只计一次。

按区域、年份和监测期给出：基线、项目及总清除量（项目 − 基线），附联合抽样的百分位区间（默认 90%）。截至最后一幅观测地图的年份为事后，其后为事前预测。每种生境类型对应其 CCER 方法学；红树林营造只在基线第一幅地图中为潮滩或养殖塘的土地上计入；其他土地列为不计入并注明原因。扣减（外源土壤碳、泄漏、不确定性、非持久性缓冲）按方法学的顺序在累计合计上进行；签发量 = 累计净量 − 此前已签发。

旧接口：两次“碳储量随时间的变化”运行所得的 PROJECT 和 BASELINE 变化表仍可使用，但仅有中心值（没有联合区间、重叠、生境或合格性），不可用于核查。</translation>
        </message>
        <message>
            <source>Net removals of the project against its baseline</source>
            <translation>项目相对基线的净清除量</translation>
        </message>
        <message>
            <source>Net removals, high bound (t CO2e)</source>
            <translation>净清除量，上限（t CO2e）</translation>
        </message>
        <message>
            <source>Net removals, low bound (t CO2e)</source>
            <translation>净清除量，下限（t CO2e）</translation>
        </message>
        <message>
            <source>Net sequestration by area and year</source>
            <translation>按区域和年份的净固碳量</translation>
        </message>
        <message>
            <source>Net sequestration {start}-{end}</source>
            <translation>{start}-{end} 年净固碳量</translation>
        </message>
        <message>
            <source>Net sequestration {start}–{end}: {net:,.1f} t CO2e (accumulation {acc:,.1f}, emissions {emi:,.1f}).</source>
            <translation>{start}–{end} 年净固碳量：{net:,.1f} t CO2e（累积 {acc:,.1f}，排放 {emi:,.1f}）。</translation>
        </message>
        <message>
            <source>Net, adjusted</source>
            <translation>净固碳量（校正）</translation>
        </message>
        <message>
            <source>Net, mapped</source>
            <translation>净固碳量（制图）</translation>
        </message>
        <message>
            <source>Never emitted (InVEST's convention)</source>
            <translation>永不排放（InVEST 的约定）</translation>
        </message>
        <message>
            <source>NIR (B8, 833 nm)</source>
            <translation>近红外（B8，833 nm）</translation>
        </message>
        <message>
            <source>NIR band (Custom)</source>
            <translation>近红外波段（自定义）</translation>
        </message>
        <message>
            <source>NIR band of FAI (Sentinel-2)</source>
            <translation>FAI 使用的近红外波段（Sentinel-2）</translation>
        </message>
        <message>
            <source>no bounds: fixed</source>
            <translation>无界限：固定值</translation>
        </message>
        <message>
            <source>no data or outside the map</source>
            <translation>无数据或位于图外</translation>
        </message>
        <message>
            <source>no data or outside the raster</source>
            <translation>无数据或在栅格范围外</translation>
        </message>
        <message>
            <source>no intertidal mask and no DEM: the intertidal zone is unknown</source>
            <translation>没有潮间带掩膜也没有 DEM：潮间带范围未知</translation>
        </message>
        <message>
            <source>no interval</source>
            <translation>无区间</translation>
        </message>
        <message>
            <source>No interval for {species}: the coefficients have no uncertainty bounds (see the table's bounds_source); they count as fixed in the total's interval.</source>
            <translation>{species} 没有区间：其系数没有不确定性界限（见表中的 bounds_source）；在总量区间中按固定值计。</translation>
        </message>
        <message>
            <source>no interval: the coefficients have no uncertainty bounds</source>
            <translation>无区间：系数没有不确定性界限</translation>
        </message>
        <message>
            <source>No interval: the inputs carry no Monte Carlo draws.</source>
            <translation>无区间：输入没有蒙特卡罗抽样。</translation>
        </message>
        <message>
            <source>No interval: the sinks carry no uncertainty bounds.</source>
            <translation>无区间：碳汇没有不确定性界限。</translation>
        </message>
        <message>
            <source>No land-cover snapshot was given; give at least one class raster with its year.</source>
            <translation>未提供土地覆盖快照；请至少提供一幅分类栅格及其年份。</translation>
        </message>
        <message>
            <source>No lookup table: class names and habitats from the plugin's class scheme.</source>
            <translation>无查找表：类型名称和生境来自插件的分类体系。</translation>
        </message>
        <message>
            <source>No mapped habitat lies inside any area, so every stock and uptake is zero: the areas fall on raster nodata or outside the raster. Check that the areas and the raster cover the same place (a layer with a wrong CRS puts its features far away).</source>
            <translation>任何区域内都没有已制图生境，因此所有碳储量和吸收量均为零：区域落在栅格无数据处或栅格之外。请检查区域与栅格是否覆盖同一地点（坐标参考系错误的图层会把要素放到很远的地方）。</translation>
        </message>
        <message>
            <source>No non-permanence buffer found in the public excerpts of the CCER blue-carbon methodologies (full texts not reachable); applied only as set here. Percentage: {tool}. Check against the published text.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到非持久性缓冲（未能获取全文）；仅按此处设置扣除。比例：{tool}。请对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>no offset metadata; decided from the data: no SWIR value is far below 1000 DN and the darkest 1% sit at {floor:.0f} DN, the zero of the −1000 offset (processing baseline 04.00 or later)</source>
            <translation>没有偏移元数据；根据数据判断：没有远低于 1000 DN 的 SWIR 值，最暗 1% 在 {floor:.0f} DN，正是 −1000 偏移的零点（处理基线 04.00 或以后）</translation>
        </message>
        <message>
            <source>no offset metadata; decided from the data: {share:.1f}% of the SWIR values are below 500 DN, which the −1000 offset would make clearly negative reflectance</source>
            <translation>没有偏移元数据；根据数据判断：{share:.1f}% 的 SWIR 值低于 500 DN，若有 −1000 偏移这些将明显为负反射率</translation>
        </message>
        <message>
            <source>No pixel has a class on both the first ({first}) and the last ({last}) date: every pixel is nodata on one of them, so there is no transition to map. Check that the maps cover the same place and that their nodata values are not classes.</source>
            <translation>没有像元在第一个日期（{first}）和最后一个日期（{last}）都有类型：每个像元在其中一个日期为无数据，因此没有可制图的类型转换。请检查各分类图是否覆盖同一地点，以及其无数据值是否为某个类型。</translation>
        </message>
        <message>
            <source>No reference point is labelled: the field {field} is empty in all {n} points of {layer}. A sample from the sampling design tool has to be labelled before it can be assessed: enter the true class of each point in {field} (from field visits or very-high-resolution imagery, in the layer's attribute table), or choose a labelled reference layer and its class field.</source>
            <translation>没有已标注的参考点：{layer} 的全部 {n} 个点中字段 {field} 均为空。抽样设计工具生成的样本须先标注才能评价：在图层属性表中为每个点的 {field} 填入真实类型（依据实地调查或甚高分辨率影像），或选择已标注的参考图层及其类型字段。</translation>
        </message>
        <message>
            <source>No reference sample: the table of mapped and adjusted transition areas is not written.</source>
            <translation>没有参考样本：不写出制图与校正后的转换面积表。</translation>
        </message>
        <message>
            <source>No reversal rule found in the public excerpts of the CCER blue-carbon methodologies; reported here so that nothing negative is issued silently.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到逆转规则；此处列出，以免任何负值被悄然签发。</translation>
        </message>
        <message>
            <source>no sand polygons and no bathymetry: seagrass cannot be told from deep water</source>
            <translation>没有沙底多边形也没有水深图：无法区分海草床与深水</translation>
        </message>
        <message>
            <source>No such deduction found in the public excerpts of the CCER blue-carbon methodologies (full texts not reachable); applied only as set here, with VM0033's treatment. Check against the published text.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到此项扣减（未能获取全文）；仅按此处设置、采用 VM0033 的处理方式扣除。请对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>No training feature has the date {date}: its image adds nothing to the training.</source>
            <translation>没有训练要素的日期为 {date}：其影像对训练没有贡献。</translation>
        </message>
        <message>
            <source>No training sample falls on valid pixels of the image; check that the samples and the image cover the same place.</source>
            <translation>没有训练样本落在影像的有效像元上；请检查样本与影像是否覆盖同一区域。</translation>
        </message>
        <message>
            <source>No training sample of date {date} falls on valid pixels of its image ({path}); check that the samples of that date and the image cover the same place.</source>
            <translation>日期 {date} 的训练样本都没有落在其影像（{path}）的有效像元上；请检查该日期的样本与影像是否覆盖同一地点。</translation>
        </message>
        <message>
            <source>No uncertainty deduction found in the public excerpts of the CCER blue-carbon methodologies (full texts not reachable); applied only as set here, with VM0033's formula. Check against the published text.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到不确定性扣减（未能获取全文）；仅按此处设置、采用 VM0033 的公式扣除。请对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>No water pixels were found; the depth-invariant index needs water in the image.</source>
            <translation>未找到水体像元；深度不变指数需要影像中有水体。</translation>
        </message>
        <message>
            <source>No-change probability</source>
            <translation>无变化概率</translation>
        </message>
        <message>
            <source>No-change probability of invariant pixels</source>
            <translation>不变像元的无变化概率阈值</translation>
        </message>
        <message>
            <source>Non-permanence buffer</source>
            <translation>非持久性缓冲</translation>
        </message>
        <message>
            <source>non-permanence buffer</source>
            <translation>非持久性缓冲</translation>
        </message>
        <message>
            <source>Non-permanence buffer (%)</source>
            <translation>非持久性缓冲（%）</translation>
        </message>
        <message>
            <source>Non-permanence buffer (t CO2e)</source>
            <translation>非持久性缓冲（t CO2e）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>none (density table values)</source>
            <translation>无（使用碳密度表数值）</translation>
        </message>
        <message>
            <source>none (whole map only)</source>
            <translation>无（仅整幅图）</translation>
        </message>
        <message>
            <source>None of the eligible classes given is usable: no mangrove planting ground is credited.</source>
            <translation>所给的合格类型均不可用：没有红树林营造土地被计入。</translation>
        </message>
        <message>
            <source>None of the reference points falls on a mapped pixel; check that the points and the map cover the same place.</source>
            <translation>没有任何参考点落在已制图像元上；请检查参考点与分类图是否覆盖同一区域。</translation>
        </message>
        <message>
            <source>None of the reference points falls on a pixel mapped in both snapshots; check that the points and the maps cover the same place.</source>
            <translation>没有参考点落在两期快照都有制图的像元上；请检查参考点与地图是否覆盖同一地点。</translation>
        </message>
        <message>
            <source>normal (95 % bounds, truncated at 0)</source>
            <translation>正态分布（95% 界限，在 0 处截断）</translation>
        </message>
        <message>
            <source>Normalise an image to a reference (IR-MAD)</source>
            <translation>将影像归一化到参考影像（IR-MAD）</translation>
        </message>
        <message>
            <source>Normalised image</source>
            <translation>归一化影像</translation>
        </message>
        <message>
            <source>not a file</source>
            <translation>不是文件</translation>
        </message>
        <message>
            <source>not applicable: it needs three or more dates</source>
            <translation>不适用：需要三个或更多日期</translation>
        </message>
        <message>
            <source>Not assessed: built from change tables, which do not show habitats.</source>
            <translation>未评估：由变化表计算，变化表不显示生境。</translation>
        </message>
        <message>
            <source>Not assessed: built from change tables, which do not show the baseline's classes.</source>
            <translation>未评估：由变化表计算，变化表不显示基线的类型。</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>Not checked (ha)</source>
            <translation>未核对（公顷）</translation>
        </message>
        <message>
            <source>Not covered by this statement: a baseline (what the sea area would remove without the farms), leakage, the fate of the harvested carbon (eaten, burnt or buried shells) and its permanence, field measurement of the coefficients on the farms (HY/T 0305-2021 measures them on site), and the documents of a verifier.</source>
            <translation>本声明未涵盖：基线（没有养殖时该海域的清除量）、泄漏、所收获碳的去向（被食用、焚烧或掩埋的贝壳）及其持久性、在养殖区实地测定系数（HY/T 0305-2021 要求现场测定），以及核查机构的文件。</translation>
        </message>
        <message>
            <source>not credited</source>
            <translation>不计入</translation>
        </message>
        <message>
            <source>not credited: class {value} is not in the plugin's class scheme and no methodology is known for it</source>
            <translation>不计入：类型 {value} 不在本插件的分类体系中，也没有已知的方法学</translation>
        </message>
        <message>
            <source>not credited: no CCER blue-carbon methodology covers the class {cls}</source>
            <translation>不计入：没有 CCER 蓝碳方法学涵盖类型 {cls}</translation>
        </message>
        <message>
            <source>not credited: no project class on this ground (nodata)</source>
            <translation>不计入：此处没有项目类型（无数据）</translation>
        </message>
        <message>
            <source>not credited: the class '{cls}' of the biophysical table matches no class of the plugin's scheme, so no methodology is known for it</source>
            <translation>不计入：生物物理参数表中的类型“{cls}”与本插件分类体系中的任何类型都不对应，因此没有已知的方法学</translation>
        </message>
        <message>
            <source>Not data (the product's fill and valid range recorded in the model): {what}; these pixels are nodata in the map.</source>
            <translation>无数据（模型中记录的产品填充值与有效范围）：{what}；这些像元在分类图中为无数据。</translation>
        </message>
        <message>
            <source>Not data: declared nodata and DN {fill} ({sensor}).</source>
            <translation>非数据：声明的无数据值以及 DN {fill}（{sensor}）。</translation>
        </message>
        <message>
            <source>Not data: declared nodata, DN {fill}, and DN below {lo} or above {hi} ({sensor}: valid range {vlo}–{vhi}, reflectance 0–1; DN down to reflectance −0.01, the noise of dark water, are kept as data).</source>
            <translation>非数据：声明的无数据值、DN {fill}，以及低于 {lo} 或高于 {hi} 的 DN（{sensor}：有效范围 {vlo}–{vhi}，即反射率 0–1；反射率不低于 −0.01 的 DN 是暗水体上的噪声，作为数据保留）。</translation>
        </message>
        <message>
            <source>not estimable</source>
            <translation>无法估计</translation>
        </message>
        <message>
            <source>Not for verification:</source>
            <translation>不可用于核查：</translation>
        </message>
        <message>
            <source>not in the density table</source>
            <translation>不在碳密度表中</translation>
        </message>
        <message>
            <source>not in the inventory</source>
            <translation>清单中没有</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>not stated in the table</source>
            <translation>表中未说明</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未核证</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>未核证</translation>
        </message>
        <message>
            <source>Not verified: the sink is the plugin's estimate from harvest statistics and literature coefficients; no independent third party has checked it and no credit has been issued for it.</source>
            <translation>未核证：碳汇是本插件依据收获统计和文献系数作出的估算；未经独立第三方核查，也未签发碳信用。</translation>
        </message>
        <message>
            <source>not written</source>
            <translation>未输出</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>注释</translation>
        </message>
        <message>
            <source>Number of class pairs that occur</source>
            <translation>发生的类型对数量</translation>
        </message>
        <message>
            <source>Number of draws for the 95% intervals.</source>
            <translation>计算95%区间的抽样次数。</translation>
        </message>
        <message>
            <source>Number of sample points drawn</source>
            <translation>抽取的样本点数</translation>
        </message>
        <message>
            <source>Number of transitions (values)</source>
            <translation>类型转换数（值的个数）</translation>
        </message>
        <message>
            <source>Number of trees</source>
            <translation>树的数量</translation>
        </message>
        <message>
            <source>observed up to {year}</source>
            <translation>观测截至 {year}</translation>
        </message>
        <message>
            <source>Observed up to {year}: years up to the last observed map are ex-post (observed change); later years are ex-ante projections of the last maps' classes.</source>
            <translation>观测截至 {year}：最后一幅观测地图及其之前的年份为事后（观测到的变化）；之后的年份为按最后地图类型所作的事前预测。</translation>
        </message>
        <message>
            <source>Offset (Custom)</source>
            <translation>偏移（自定义）</translation>
        </message>
        <message>
            <source>Offset balance: emissions against sinks</source>
            <translation>抵消平衡：排放与碳汇</translation>
        </message>
        <message>
            <source>On a transition map (values are from→to class pairs; its transition table is in the GeoTIFF metadata item BLUECARBON_TRANSITIONS or in a CSV of the same name beside it) the accuracy is that of change: the reference transition of each point comes from its class at each date, in two fields (REF_FROM_FIELD and REF_TO_FIELD; by default ref_from and ref_to, as the sampling design writes them) or as pairs such as 3&gt;1 (also 3-&gt;1, 3→1, 3,1) in the reference class field. The results are per transition: area-adjusted transition areas with 95% intervals, user's and producer's accuracy, and the error matrix of transitions, by the same estimators. A reference transition the map never shows is an omission and is kept (with a warning); a class code outside the transition table and the class scheme is refused, as is a point labelled at one date only. With a buffer stratum (BUFFER_PIXELS, by default the width the sampling design recorded on the points), the strata are not the map classes and the estimators are Stehman's (2014, International Journal of Remote Sensing 35: 4923–4939).</source>
            <translation>对转换图（像元值为“起始→目标”类型对；其转换表存于 GeoTIFF 元数据项 BLUECARBON_TRANSITIONS，或存于其旁同名的 CSV 文件），评价的是变化的精度：每个点的参考转换由其在每个日期的类型给出，可放在两个字段中（REF_FROM_FIELD 和 REF_TO_FIELD；默认 ref_from 和 ref_to，即抽样设计写出的字段），也可以 3&gt;1（或 3-&gt;1、3→1、3,1）这样的类型对放在参考类型字段中。结果按转换给出：面积校正后的转换面积及其95%区间、用户精度与生产者精度，以及转换的误差矩阵，采用相同的估计量。分类图上从未出现的参考转换属于遗漏，予以保留（并给出警告）；不在转换表和类型体系中的类型代码会被拒绝，只标注了一个日期的点也会被拒绝。设有缓冲层时（BUFFER_PIXELS，默认取抽样设计记录在样本点上的宽度），层与分类图类型不一致，采用 Stehman（2014，International Journal of Remote Sensing 35: 4923–4939）的估计量。</translation>
        </message>
        <message>
            <source>On a transition map, each change transition and the buffer stratum get at least this many points (or all their pixels if they have fewer): 30 in the openMRV sampling module; Olofsson et al. (2014) advise 50–100.</source>
            <translation>对转换图，每个变化转换和缓冲层至少抽取的点数（像元不足时取全部像元）：openMRV 抽样模块取30；Olofsson 等（2014）建议50–100。</translation>
        </message>
        <message>
            <source>On a transition map, stable pixels within this many pixels of mapped change (8 neighbours, a square window) form a stratum of their own, where omitted change is likely. 0: no buffer stratum.</source>
            <translation>对转换图，距已制图变化不超过该像元数（8邻域，方形窗口）的稳定像元单独成层，遗漏的变化多在此处。0：不设缓冲层。</translation>
        </message>
        <message>
            <source>On a transition map: the field with each point's reference class at the first date (with the next field; default ref_from when the points have it).</source>
            <translation>对转换图：存放每个点第一个日期参考类型的字段（与下一个字段配合使用；样本点有 ref_from 字段时默认使用它）。</translation>
        </message>
        <message>
            <source>On a transition map: the field with each point's reference class at the second date (default ref_to when the points have it).</source>
            <translation>对转换图：存放每个点第二个日期参考类型的字段（样本点有 ref_to 字段时默认使用它）。</translation>
        </message>
        <message>
            <source>on all habitat area</source>
            <translation>计全部生境面积</translation>
        </message>
        <message>
            <source>On area-adjusted areas: stock {c:,.1f} t CO2e; uptake {u:,.2f} t CO2e/yr.</source>
            <translation>按校正面积：碳储量 {c:,.1f} t CO2e；吸收量 {u:,.2f} t CO2e/yr。</translation>
        </message>
        <message>
            <source>On areas adjusted for map error: stock {s} t CO2e (95% interval {i}), uptake {u} t CO2e/yr (95% interval {ui}).</source>
            <translation>按制图误差校正后的面积：碳储量 {s} t CO2e（95% 区间 {i}），吸收量 {u} t CO2e/yr（95% 区间 {ui}）。</translation>
        </message>
        <message>
            <source>On credited ground</source>
            <translation>计入土地上</translation>
        </message>
        <message>
            <source>on restored area only (IPCC Tier 1)</source>
            <translation>仅计修复面积（IPCC 第 1 层级）</translation>
        </message>
        <message>
            <source>on the Dask cluster at {address} ({n} workers)</source>
            <translation>{address} 处的 Dask 集群（{n} 个工作节点）</translation>
        </message>
        <message>
            <source>on {n} local worker processes (started with {python})</source>
            <translation>本机 {n} 个工作进程（由 {python} 启动）</translation>
        </message>
        <message>
            <source>one batch</source>
            <translation>单批次</translation>
        </message>
        <message>
            <source>One row per area and habitat class: mapped and adjusted areas, stock, uptake and the density set used (density_source).</source>
            <translation>每个区域和生境类型一行：制图面积和校正面积、碳储量、吸收量及所用密度集（density_source）。</translation>
        </message>
        <message>
            <source>One row per area and period: area_id, period_start, period_end, stock_start_tco2e, stock_end_tco2e, accumulation_tco2e, emissions_tco2e, net_sequestration_tco2e (with _lo/_hi), npv.</source>
            <translation>每个区域每个时段一行：area_id、period_start、period_end、stock_start_tco2e、stock_end_tco2e、accumulation_tco2e、emissions_tco2e、net_sequestration_tco2e（含 _lo/_hi）、npv。</translation>
        </message>
        <message>
            <source>One row per area and transition: area_id, value, from_class, to_class, change, label, area_ha; the whole map's rows first; value 0: ground without a transition (no data, or outside the map).</source>
            <translation>每个区域的每种类型转换一行：area_id、value、from_class、to_class、change、label、area_ha；整幅图的行在前；值 0：没有类型转换的地面（无数据或位于图外）。</translation>
        </message>
        <message>
            <source>One row per area and year: area_id, year, net_sequestration_tco2e (with _lo/_hi); what 'Net removals of a project against its baseline' reads year by year.</source>
            <translation>每个区域每年一行：area_id、year、net_sequestration_tco2e（含 _lo/_hi）；“项目相对基线的净清除量”逐年读取此表。</translation>
        </message>
        <message>
            <source>One row per class: mapped and adjusted areas (ha) with 95% half-widths, user's and producer's accuracy with 95% half-widths, the Wilson interval of user's accuracy and a note on the interval (census, zero_width, single_unit, no_sample).</source>
            <translation>每个类型一行：制图面积与校正面积（公顷）及其95%半宽，用户精度与生产者精度及其95%半宽，用户精度的 Wilson 区间，以及区间说明（census 普查、zero_width 零宽度、single_unit 单个样本、no_sample 无样本）。</translation>
        </message>
        <message>
            <source>One row per pair and period: from/to code and name, pixels, area_ha, suggested kind.</source>
            <translation>每对类型每个时段一行：转出/转入代码和名称、像元数、area_ha、建议的转换方式。</translation>
        </message>
        <message>
            <source>One row per species: yield, removal, coefficient, source and verification status (optional).</source>
            <translation>每个物种一行：收获量、碳移出量、系数、来源和核实状态（可选）。</translation>
        </message>
        <message>
            <source>One year per map layer, in the same order. Both scenarios start with a map of the same year.</source>
            <translation>每个地图图层一个年份，顺序相同。两个情景须从同一年份的地图开始。</translation>
        </message>
        <message>
            <source>One year per snapshot layer, in the same order, e.g. 2019, 2024.</source>
            <translation>每个快照图层一个年份，顺序相同，例如 2019, 2024。</translation>
        </message>
        <message>
            <source>One year per snapshot layer, in the same order, oldest first, e.g. 2015, 2020, 2024.</source>
            <translation>每个快照图层一个年份，顺序相同，最早的在前，例如 2015, 2020, 2024。</translation>
        </message>
        <message>
            <source>One year per snapshot layer.</source>
            <translation>每个快照图层一个年份。</translation>
        </message>
        <message>
            <source>Only one class map ({year}) was given; a transition needs maps of at least two dates. Add the map of another date with its year.</source>
            <translation>只给出了一幅分类图（{year}）；类型转换至少需要两个日期的分类图。请添加另一个日期的分类图及其年份。</translation>
        </message>
        <message>
            <source>Only pixels inside the mask are classified; the rest is nodata.</source>
            <translation>只对掩膜内的像元分类，其余为无数据。</translation>
        </message>
        <message>
            <source>Only {n} pixel(s) have a no-change probability above {p:g}: too few to fit a normalisation. The images differ almost everywhere (another season or place, clouds) or barely overlap; lower the no-change probability or choose a closer reference.</source>
            <translation>只有 {n} 个像元的无变化概率高于 {p:g}：不足以拟合归一化。两幅影像几乎处处不同（季节或地点不同、有云）或几乎不重叠；请降低无变化概率阈值，或选择更接近的参考影像。</translation>
        </message>
        <message>
            <source>Only {n} sand pixels have a depth on the bathymetry (over {rng:.1f} m): too few or too narrow a range for the regression on depth; the attenuation ratio is taken from the sand's variance instead.</source>
            <translation>只有 {n} 个沙底像元在水深图上有水深（范围 {rng:.1f} m）：数量太少或范围太窄，无法对水深做回归；衰减比改由沙底方差法求得。</translation>
        </message>
        <message>
            <source>open water</source>
            <translation>开阔水域</translation>
        </message>
        <message>
            <source>Open water where MNDWI &gt; this (Xu 2006: 0).</source>
            <translation>MNDWI 大于此值处为开阔水域（Xu 2006：0）。</translation>
        </message>
        <message>
            <source>Optional. A raster (the reference image of a multi-date project) whose grid the map is written on: CRS, extent and pixel size. Classes are resampled with nearest neighbour.</source>
            <translation>可选。一个栅格（多日期项目的参考影像），分类图写在其网格上：坐标参考系、范围和像元大小。类型用最近邻重采样。</translation>
        </message>
        <message>
            <source>Optional. HTML report: design, matrices, accuracies, mapped vs adjusted areas chart, formulas.</source>
            <translation>可选。HTML 报告：抽样设计、误差矩阵、精度、制图面积与校正面积对比图、公式。</translation>
        </message>
        <message>
            <source>Optional. IR-MAD no-change probability per pixel (0–1; above NO_CHANGE_PROB: invariant).</source>
            <translation>可选。逐像元的 IR-MAD 无变化概率（0–1；高于 NO_CHANGE_PROB 即为不变像元）。</translation>
        </message>
        <message>
            <source>Optional. One row per date: date, image, sensor, training features and pixels, accuracy on that date's samples (out of bag or cross-validated), accuracy of a model trained on the other dates only, and the percent of the image's pixels whose spectra lie outside the training range of their class (unseen_pct).</source>
            <translation>可选。每个日期一行：日期、影像、传感器、训练要素数和像元数、在该日期样本上的精度（袋外或交叉验证）、仅用其他日期训练的模型的精度，以及影像中光谱超出其类型训练范围的像元百分比（unseen_pct）。</translation>
        </message>
        <message>
            <source>Optional. One row per map class: sample counts n_&lt;class&gt; and area proportions p_&lt;class&gt; per reference class.</source>
            <translation>可选。每个分类图类型一行：各参考类型的样本数 n_&lt;类型&gt; 和面积比例 p_&lt;类型&gt;。</translation>
        </message>
        <message>
            <source>Optional. One surface reflectance image per further date, in the order of IMAGE_DATES after INPUT's date.</source>
            <translation>可选。其余每个日期一幅地表反射率影像，顺序与 IMAGE_DATES 中 INPUT 日期之后的顺序相同。</translation>
        </message>
        <message>
            <source>Optional. The date (or any label) of the image each sample was labelled on, matched against IMAGE_DATES; samples without a date are skipped.</source>
            <translation>可选。标注每个样本时所用影像的日期（或任意标签），与 IMAGE_DATES 匹配；没有日期的样本被跳过。</translation>
        </message>
        <message>
            <source>Optional. The SENSOR value of INPUT, then of each image of IMAGES (0 Sentinel-2 L2A, 1 Landsat 8/9, 2 Custom, 3 Landsat 4-5 TM, 4 Landsat 7 ETM+), for example 3,0; empty: every image has SENSOR's preset.</source>
            <translation>可选。INPUT、然后 IMAGES 中每幅影像的 SENSOR 值（0 Sentinel-2 L2A，1 Landsat 8/9，2 自定义，3 Landsat 4-5 TM，4 Landsat 7 ETM+），例如 3,0；留空：所有影像都用 SENSOR 的预设。</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>other land</source>
            <translation>其他陆地</translation>
        </message>
        <message>
            <source>Other sinks (t CO2e per year)</source>
            <translation>其他碳汇（t CO2e/年）</translation>
        </message>
        <message>
            <source>Output folder (rasters)</source>
            <translation>输出文件夹（栅格）</translation>
        </message>
        <message>
            <source>Output {name} cannot be written: the folder {folder} is read-only. Choose another folder; nothing was written.</source>
            <translation>无法写出输出 {name}：文件夹 {folder} 为只读。请选择其他文件夹；未写出任何文件。</translation>
        </message>
        <message>
            <source>Output {name} would overwrite the input {input}. The file {path} would be overwritten, so nothing was run: choose another output file name.</source>
            <translation>输出 {name} 会覆盖输入{input}。文件 {path} 将被覆盖，因此未运行任何计算：请选择其他输出文件名。</translation>
        </message>
        <message>
            <source>Outputs of the mariculture removal or carbon stocks tools.</source>
            <translation>海水养殖碳移出或碳储量工具的输出。</translation>
        </message>
        <message>
            <source>Overall accuracy</source>
            <translation>总体精度</translation>
        </message>
        <message>
            <source>Overall accuracy and area-adjusted areas are not estimable: map class(es) {classes} have no reference point.</source>
            <translation>总体精度和校正面积无法估计：分类图类型 {classes} 没有参考点。</translation>
        </message>
        <message>
            <source>Overall accuracy and area-adjusted areas are not estimable: stratum/strata {strata} have no reference point.</source>
            <translation>总体精度和校正面积无法估计：层 {strata} 没有参考点。</translation>
        </message>
        <message>
            <source>Overall accuracy {oa:.3f} ± {ci:.3f} from {n} reference points.</source>
            <translation>总体精度 {oa:.3f} ± {ci:.3f}（{n} 个参考点）。</translation>
        </message>
        <message>
            <source>Overall accuracy, 95% half-width</source>
            <translation>总体精度95%半宽</translation>
        </message>
        <message>
            <source>Overall accuracy:</source>
            <translation>总体精度：</translation>
        </message>
        <message>
            <source>Overlap between areas, counted once (ha)</source>
            <translation>区域重叠面积，仅计一次（公顷）</translation>
        </message>
        <message>
            <source>Overlap of the areas (ha)</source>
            <translation>区域重叠面积（公顷）</translation>
        </message>
        <message>
            <source>Overrides the computed total sample size when above 0.</source>
            <translation>大于0时代替计算得到的总样本量。</translation>
        </message>
        <message>
            <source>page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Passes over the images at most; the iteration stops earlier when the canonical correlations change by less than 0.001.</source>
            <translation>遍历影像的最多次数；典型相关系数的变化小于 0.001 时迭代提前停止。</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Per-pixel rasters named as InVEST names them (carbon-stock-at-&lt;year&gt;.tif, carbon-accumulation-between-&lt;a&gt;-and-&lt;b&gt;.tif, carbon-emissions-…, total-net-carbon-sequestration-…, net-present-value-at-&lt;year&gt;.tif), Mg CO2e per ha.</source>
            <translation>逐像元栅格，按 InVEST 的方式命名（carbon-stock-at-&lt;年&gt;.tif、carbon-accumulation-between-&lt;a&gt;-and-&lt;b&gt;.tif、carbon-emissions-…、total-net-carbon-sequestration-…、net-present-value-at-&lt;年&gt;.tif），单位为每公顷 Mg CO2e。</translation>
        </message>
        <message>
            <source>Percentage points by which the share of the image's valid pixels whose spectra lie outside the training range of their class may exceed the training images' own share; above it the run is refused (or warned about with ALLOW_UNSEEN).</source>
            <translation>影像有效像元中光谱超出其类型训练范围的比例，可比训练影像自身的比例高出的百分点数；超过则拒绝运行（设置 ALLOW_UNSEEN 时给出警告）。</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Period of the sink</source>
            <translation>碳汇所属期间</translation>
        </message>
        <message>
            <source>Period of the sink: {period}</source>
            <translation>碳汇所属期间：{period}</translation>
        </message>
        <message>
            <source>Pixel size</source>
            <translation>像元大小</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>像元数</translation>
        </message>
        <message>
            <source>Pixels changed by the minimum mapping unit</source>
            <translation>最小制图单元改动的像元数</translation>
        </message>
        <message>
            <source>Pixels changed by the temporal rule</source>
            <translation>时间规则改动的像元数</translation>
        </message>
        <message>
            <source>Pixels unlike the training samples of their class (%)</source>
            <translation>与其类型训练样本不相似的像元（%）</translation>
        </message>
        <message>
            <source>Pixels whose IR-MAD no-change probability exceeds this are invariant (Canty &amp; Nielsen 2008: 0.95).</source>
            <translation>IR-MAD 无变化概率高于此值的像元为不变像元（Canty 和 Nielsen 2008：0.95）。</translation>
        </message>
        <message>
            <source>placeholder</source>
            <translation>占位值</translation>
        </message>
        <message>
            <source>Points (the pixel under each) or polygons (the pixels whose centre is inside), any CRS.</source>
            <translation>点（取其下方像元）或面（取中心在面内的像元），任意坐标参考系。</translation>
        </message>
        <message>
            <source>Points with map_class (stratum), an empty ref_class to label, and the stratum's mapped area; on a transition map, the stratum, the map transition and empty ref_from and ref_to.</source>
            <translation>带有 map_class（层）、待标注的空 ref_class 以及该层制图面积的点；对转换图，带有所属层、分类图上的转换以及空的 ref_from 和 ref_to。</translation>
        </message>
        <message>
            <source>Polygons in any CRS; each gets its own rows, every total counts overlapping ground once. Empty: the whole raster.</source>
            <translation>任意坐标参考系的多边形；每个区域有各自的行，所有合计中重叠的土地只计一次。留空：整幅栅格。</translation>
        </message>
        <message>
            <source>Polygons in any CRS; each gets one row per period. Empty: the whole raster.</source>
            <translation>任意坐标参考系的多边形；每个多边形每个时段一行。留空：整幅栅格。</translation>
        </message>
        <message>
            <source>Polygons in any CRS; each gets the area of every transition inside it. The whole map's areas are always given.</source>
            <translation>任意坐标参考系的多边形；给出每个多边形内每种类型转换的面积。整幅图的面积总会给出。</translation>
        </message>
        <message>
            <source>Polygons of farms or ranches, in any CRS.</source>
            <translation>养殖区或海洋牧场的面要素，任意坐标参考系。</translation>
        </message>
        <message>
            <source>Polygons over bright sand bottom at varying depth, to estimate the attenuation ratio of the depth-invariant index.</source>
            <translation>覆盖不同水深亮沙底的面要素，用于估计深度不变指数的衰减系数比。</translation>
        </message>
        <message>
            <source>Polygons to account for, in any CRS; multipolygons and overlaps are allowed.</source>
            <translation>待核算的面要素，可为任意坐标参考系；允许多部件面和相互重叠。</translation>
        </message>
        <message>
            <source>Pool</source>
            <translation>碳库</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>编制人</translation>
        </message>
        <message>
            <source>Presets know each product's band order, scaling, fill and saturation values, and find bands by their descriptions (B4, SR_B5, …); without descriptions they need the full product's band order (Landsat 4-5 TM and 7 ETM+ C2 L2: SR_B1, SR_B2, SR_B3, SR_B4, SR_B5, SR_B7). Custom uses the band numbers, scale and offset below (bands not numbered are found by descriptions naming their role: blue, green, red, nir, swir1, swir2). The log says which bands, offset and scaling were used and why.</source>
            <translation>预设了解各产品的波段顺序、缩放、填充值和饱和值，并按波段描述（B4、SR_B5 等）查找波段；没有描述时需要完整产品的波段顺序（Landsat 4-5 TM 和 7 ETM+ C2 L2：SR_B1、SR_B2、SR_B3、SR_B4、SR_B5、SR_B7）。自定义传感器使用下方的波段编号、比例系数和偏移量（未给编号的波段按注明其角色的波段描述查找：blue、green、red、nir、swir1、swir2）。日志会说明使用了哪些波段、偏移和缩放，以及原因。</translation>
        </message>
        <message>
            <source>price table</source>
            <translation>价格表</translation>
        </message>
        <message>
            <source>Price table (year, price)</source>
            <translation>价格表（year、price）</translation>
        </message>
        <message>
            <source>price_t = price × (1 + rate/100)^(t − first year).</source>
            <translation>price_t = price × (1 + rate/100)^(t − 首年)。</translation>
        </message>
        <message>
            <source>prices {first}–{last}, discount rate {d} %</source>
            <translation>价格 {first}–{last}，贴现率 {d} %</translation>
        </message>
        <message>
            <source>Printed on the buffer line, e.g. the risk report's title and date. Empty: the AFOLU Non-Permanence Risk Tool v4.2 is named.</source>
            <translation>打印在缓冲一行上，例如风险报告的标题和日期。留空：注明 AFOLU 非持久性风险工具 v4.2。</translation>
        </message>
        <message>
            <source>processing baseline {value} in MTD_MSIL2A.xml</source>
            <translation>MTD_MSIL2A.xml 中的处理基线 {value}</translation>
        </message>
        <message>
            <source>processing baseline {value} in the metadata</source>
            <translation>元数据中的处理基线 {value}</translation>
        </message>
        <message>
            <source>processing baseline {value} in the product name</source>
            <translation>产品名称中的处理基线 {value}</translation>
        </message>
        <message>
            <source>Produced by the bluecarbon QGIS plugin {version}. The statement data (OUTPUT_DATA) holds every figure shown here.</source>
            <translation>由 bluecarbon QGIS 插件 {version} 生成。说明数据（OUTPUT_DATA）包含此处显示的全部数字。</translation>
        </message>
        <message>
            <source>Producer's accuracy</source>
            <translation>生产者精度</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Project (t CO2e)</source>
            <translation>项目（t CO2e）</translation>
        </message>
        <message>
            <source>project area</source>
            <translation>项目区</translation>
        </message>
        <message>
            <source>Project areas</source>
            <translation>项目区</translation>
        </message>
        <message>
            <source>project areas</source>
            <translation>项目区</translation>
        </message>
        <message>
            <source>project map {year}</source>
            <translation>项目地图 {year}</translation>
        </message>
        <message>
            <source>Project maps {p}; baseline maps {b}; both run on {years}. Crediting period {start}–{last}; observed up to {observed}.</source>
            <translation>项目地图 {p}；基线地图 {b}；两者都在 {years} 上运行。计入期 {start}–{last}；观测截至 {observed}。</translation>
        </message>
        <message>
            <source>Project net sequestration over the crediting period (t CO2e)</source>
            <translation>计入期内项目净固碳量（t CO2e）</translation>
        </message>
        <message>
            <source>Project scenario change table (earlier form)</source>
            <translation>项目情景变化表（旧形式）</translation>
        </message>
        <message>
            <source>project scenario table</source>
            <translation>项目情景表</translation>
        </message>
        <message>
            <source>QGIS language</source>
            <translation>QGIS 语言</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>量</translation>
        </message>
        <message>
            <source>Raise the sample size until the target is met</source>
            <translation>增大样本量直至达到目标</translation>
        </message>
        <message>
            <source>Random forest (scikit-learn)</source>
            <translation>随机森林（scikit-learn）</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Range of the training spectra</source>
            <translation>训练光谱的范围</translation>
        </message>
        <message>
            <source>Raster CRS</source>
            <translation>栅格坐标参考系</translation>
        </message>
        <message>
            <source>Raster outputs are written as GeoTIFF; give a file name ending in .tif ({path}).</source>
            <translation>栅格输出为 GeoTIFF 格式；请使用以 .tif 结尾的文件名（{path}）。</translation>
        </message>
        <message>
            <source>Reading of the model</source>
            <translation>模型解读方式</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Red band (Custom)</source>
            <translation>红波段（自定义）</translation>
        </message>
        <message>
            <source>Reference \ predicted</source>
            <translation>参考 \ 预测</translation>
        </message>
        <message>
            <source>Reference class at the first date</source>
            <translation>第一期的参考类型</translation>
        </message>
        <message>
            <source>Reference class at the first date (transition maps)</source>
            <translation>第一个日期的参考类型（用于转换图）</translation>
        </message>
        <message>
            <source>Reference class at the last date</source>
            <translation>最后一期的参考类型</translation>
        </message>
        <message>
            <source>Reference class at the second date (transition maps)</source>
            <translation>第二个日期的参考类型（用于转换图）</translation>
        </message>
        <message>
            <source>Reference class field</source>
            <translation>参考类型字段</translation>
        </message>
        <message>
            <source>Reference class {cls} does not occur in the map: it is an omission, and its area is estimated from the samples of other map classes.</source>
            <translation>参考类型 {cls} 未出现在分类图中：属于遗漏，其面积由其他分类图类型的样本估计。</translation>
        </message>
        <message>
            <source>Reference grid</source>
            <translation>参考网格</translation>
        </message>
        <message>
            <source>Reference image</source>
            <translation>参考影像</translation>
        </message>
        <message>
            <source>Reference image:</source>
            <translation>参考影像：</translation>
        </message>
        <message>
            <source>Reference points</source>
            <translation>参考点</translation>
        </message>
        <message>
            <source>Reference points are reprojected from {src} to the map's CRS.</source>
            <translation>参考点已由 {src} 重投影到分类图的坐标参考系。</translation>
        </message>
        <message>
            <source>Reference points fall on map value(s) {values}, which the transition table does not list. 0 is nodata in a transition map: set the raster's nodata value to 0, or check the map class field.</source>
            <translation>有参考点落在分类图值 {values} 上，而转换表中没有这些值。转换图中0为无数据：请将栅格的无数据值设为0，或检查分类图类型字段。</translation>
        </message>
        <message>
            <source>Reference points skipped</source>
            <translation>跳过的参考点</translation>
        </message>
        <message>
            <source>Reference points used</source>
            <translation>使用的参考点</translation>
        </message>
        <message>
            <source>Reference sample (map error)</source>
            <translation>参考样本（制图误差）</translation>
        </message>
        <message>
            <source>Reference sample of transitions (map error)</source>
            <translation>转换参考样本（制图误差）</translation>
        </message>
        <message>
            <source>Reference sample points (map error)</source>
            <translation>参考样点（制图误差）</translation>
        </message>
        <message>
            <source>Reference sample {layer} ({n} points, field {field}): class areas are adjusted with p(reference | map) of each map class.</source>
            <translation>参考样本 {layer}（{n} 个样点，字段 {field}）：类型面积按各分类图类型的 p(参考 | 制图) 校正。</translation>
        </message>
        <message>
            <source>Reference sample {layer} ({n} points, fields {fields}): the change is also given on the area-adjusted transitions.</source>
            <translation>参考样本 {layer}（{n} 个点，字段 {fields}）：还按面积校正后的转换给出变化。</translation>
        </message>
        <message>
            <source>Reference transition field (pairs such as 3&gt;1)</source>
            <translation>参考转换字段（如 3&gt;1 的类型对）</translation>
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's GDAL offset (or 0).</source>
            <translation>反射率 = DN × 比例系数 + 偏移量，用于自定义传感器。留空：使用文件的 GDAL 偏移（或 0）。</translation>
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's own GDAL scale and offset (1 and 0 when it has none). Values that cannot be reflectance are refused unless FORCE_SCALING is set.</source>
            <translation>反射率 = DN × 比例系数 + 偏移量，用于自定义传感器。留空：使用文件自身的 GDAL 比例系数和偏移（没有时为 1 和 0）。不可能是反射率的数值会被拒绝，除非设置了 FORCE_SCALING。</translation>
        </message>
        <message>
            <source>Refuse the table (say which)</source>
            <translation>拒绝该表（须说明含义）</translation>
        </message>
        <message>
            <source>Regional mangrove densities beside Tier 1</source>
            <translation>区域性红树林密度与第 1 层级对照</translation>
        </message>
        <message>
            <source>regression on depth</source>
            <translation>对水深回归</translation>
        </message>
        <message>
            <source>Relative radiometric normalisation: expresses an image (the target, of any date and sensor) in the radiometry of a reference image, so that a classifier trained on the reference can classify it.

Pseudo-invariant pixels are found automatically with IR-MAD, iteratively re-weighted multivariate alteration detection (Nielsen 2007; Canty &amp; Nielsen 2008, Remote Sens. Environ. 112: 1025–1036, as in Canty's published iMad and radcal code): canonical correlation analysis of the two images' bands, MAD variates of variance 2(1 − ρ), each pixel weighted in the next pass by its no-change probability from the chi-square distribution, until the canonical correlations change by less than 0.001. Pixels whose no-change probability exceeds NO_CHANGE_PROB are invariant. Per band, the orthogonal regression of the reference on the target over two thirds of them gives reference ≈ offset + gain × target; the other third (every third pixel) measures it: the log gives per band the gain, offset, R², and the error before and after on those held-out pixels.

Both images are read as surface reflectance with their sensor presets (the bands they share among blue, green, red, NIR, SWIR1, SWIR2). The target is put on the reference's grid (RESAMPLING; nearest neighbour by default, and the log says so). Output: float32 reflectance on the reference grid, one band per role, described blue, green, red, nir, swir1, swir2 (classify it with the Custom sensor), nodata −9999, the gain and offset in each band's metadata. The statistics are accumulated strip by strip: memory does not grow with the image.

Over a scene that is mostly water the NIR and SWIR fits rest on the few land pixels: read their R².</source>
            <translation>相对辐射归一化：把一幅影像（目标影像，任意日期和传感器）表达为参考影像的辐射水平，使在参考影像上训练的分类器能够对其分类。

伪不变像元由 IR-MAD（迭代重加权多元变化检测；Nielsen 2007；Canty 和 Nielsen 2008，Remote Sens. Environ. 112: 1025–1036，与 Canty 公开的 iMad 和 radcal 代码一致）自动找出：对两幅影像的波段做典型相关分析，MAD 变量的方差为 2(1 − ρ)，每个像元在下一轮中按其由卡方分布得到的无变化概率加权，直到典型相关系数的变化小于 0.001。无变化概率高于 NO_CHANGE_PROB 的像元为不变像元。逐波段地，用其中三分之二做参考影像对目标影像的正交回归，得到 参考 ≈ 偏移 + 增益 × 目标；其余三分之一（每隔三个像元取一个）用于检验：日志逐波段给出增益、偏移、R²，以及在这些留出像元上归一化前后的误差。

两幅影像都按各自的传感器预设读为地表反射率（使用两者共有的 blue、green、red、NIR、SWIR1、SWIR2 波段）。目标影像被放到参考影像的网格上（RESAMPLING；默认最近邻，日志会说明）。输出：参考影像网格上的 float32 反射率，每个角色一个波段，描述为 blue、green、red、nir、swir1、swir2（用自定义传感器对其分类），无数据值 −9999，增益和偏移写在各波段的元数据中。统计量逐条带累加：内存不随影像增大。

影像大部分为水体时，NIR 和 SWIR 的拟合只依赖少量陆地像元：请查看其 R²。</translation>
        </message>
        <message>
            <source>Removal by species</source>
            <translation>分物种碳移出</translation>
        </message>
        <message>
            <source>Removal by zone</source>
            <translation>分区碳移出</translation>
        </message>
        <message>
            <source>Removal over the period (t CO2e)</source>
            <translation>期间内的清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Replaced row (Tier 1)</source>
            <translation>被替换行（第 1 层级）</translation>
        </message>
        <message>
            <source>Report (HTML)</source>
            <translation>报告（HTML）</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>报告语言</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Resampling of the target onto the reference grid</source>
            <translation>目标影像重采样到参考网格的方法</translation>
        </message>
        <message>
            <source>Restored areas (polygons or raster)</source>
            <translation>修复区域（多边形或栅格）</translation>
        </message>
        <message>
            <source>Reversal of {size} t CO2e in {years}: the cumulative net removals after deductions fell from {before} to {cumulative} t CO2e, with {issued} t CO2e issued before; nothing is issued for {years}.</source>
            <translation>{years} 发生逆转 {size} t CO2e：扣减后的累计净清除量从 {before} 降至 {cumulative} t CO2e，此前已签发 {issued} t CO2e；{years} 不签发。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({name}) has no coefficients and no note (column 'verified') saying why.</source>
            <translation>{what}第 {row} 行（{name}）既没有系数，也没有说明原因的备注（“verified”列）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({name}): shell and tissue fractions add up to {total}, more than 1.</source>
            <translation>{what}第 {row} 行（{name}）：贝壳与软组织比例之和为 {total}，大于1。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({name}, {group}) needs a value in column '{column}'.</source>
            <translation>{what}第 {row} 行（{name}，{group}）的“{column}”列需要填写数值。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({source}) gives no ef_source; every emission factor needs its source.</source>
            <translation>{what}第 {row} 行（{source}）未给出 ef_source；每个排放因子都需要注明来源。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({source}) has no {column}.</source>
            <translation>{what}第 {row} 行（{source}）缺少 {column}。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({source}): activity and emission factor cannot be negative.</source>
            <translation>{what}第 {row} 行（{source}）：活动水平和排放因子不能为负。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has a value '{value}' in a column without a class name.</source>
            <translation>{what}第 {row} 行在没有类型名称的列中有值“{value}”。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has an empty or non-numeric period or net sequestration.</source>
            <translation>{what}第 {row} 行的时段或净固碳量为空或不是数字。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has more cells than the header.</source>
            <translation>{what}第 {row} 行的单元格多于表头。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has no lulc-class name.</source>
            <translation>{what}第 {row} 行没有 lulc-class 名称。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has no raster_path.</source>
            <translation>{what}第 {row} 行没有 raster_path。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has no species name.</source>
            <translation>{what}第 {row} 行没有物种名称。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} lacks its source or how it was verified; every row of a literature table names both.</source>
            <translation>{what}第 {row} 行缺少来源或核对方式；文献表的每一行都须注明两者。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} {source} has no {columns}; every row needs value, from_class and to_class.</source>
            <translation>{what} {source} 第 {row} 行缺少 {columns}；每一行都需要 value、from_class 和 to_class。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} {source}: change is {flag} but the transition is {a} → {b}; change must be 1 when the classes differ and 0 when they are the same.</source>
            <translation>{what} {source} 第 {row} 行：change 为 {flag}，但该转换是 {a} → {b}；类型不同时 change 须为1，相同时须为0。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} {source}: from_year {y0} is not before to_year {y1}.</source>
            <translation>{what} {source} 第 {row} 行：from_year {y0} 不早于 to_year {y1}。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} {source}: value {value} is not a transition value (1 and up; 0 is nodata).</source>
            <translation>{what} {source} 第 {row} 行：值 {value} 不是转换值（应从1起；0为无数据）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a finite number.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是有限数值。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a number.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是数字。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a number. Write decimals with a point (1.5) and no thousands separators; a decimal comma (1,5) is read only in a table separated by semicolons or tabs.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是数字。请用小数点书写小数（1.5），不要使用千位分隔符；只有在以分号或制表符分隔的表中，小数逗号（1,5）才会被读取。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a whole number.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是整数。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a whole year.</source>
            <translation>{what}第 {row} 行，列“{column}”：“{value}”不是整数年份。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': {value} is a fraction of the stock disturbed and must lie between 0 and 1.</source>
            <translation>{what}第 {row} 行，列“{column}”：{value} 是受扰动储量的比例，须在 0 到 1 之间。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': {value} is negative; stocks, rates, half-lives and disturbance fractions must be zero or positive.</source>
            <translation>{what}第 {row} 行，列“{column}”：{value} 为负数；储量、速率、半衰期和扰动比例须为零或正数。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': {value} is not a fraction between 0 and 1.</source>
            <translation>{what}第 {row} 行“{column}”列：{value} 不是0到1之间的比例。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}_hi': {value} is not a fraction between 0 and 1.</source>
            <translation>{what}第 {row} 行“{column}_hi”列：{value} 不是0到1之间的比例。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}_lo': values cannot be negative.</source>
            <translation>{what}第 {row} 行“{column}_lo”列：数值不能为负。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: '{value}' ({src} to {dst}) is not a transition kind; use one of accum, low-impact-disturb, med-impact-disturb, high-impact-disturb, NCC.</source>
            <translation>{what}第 {row} 行：“{value}”（{src} 到 {dst}）不是转换方式；请使用 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb、NCC 之一。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: '{value}' is not a class value (a whole number).</source>
            <translation>{what}第 {row} 行：“{value}”不是类型值（整数）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: category '{value}' is not one of {allowed}.</source>
            <translation>{what}第 {row} 行：类别“{value}”不是 {allowed} 之一。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: column '{column}' has only one of its _lo/_hi bounds; give both or neither.</source>
            <translation>{what}第 {row} 行：列“{column}”只有 _lo/_hi 界限中的一个；请两个都给出或都不给。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: distribution '{value}' is not one of {allowed}.</source>
            <translation>{what}第 {row} 行：分布“{value}”不是 {allowed} 之一。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: ef_unit '{unit}' must start with the mass of CO2e, such as 'kg CO2e/kWh' or 't CO2e/night'.</source>
            <translation>{what}第 {row} 行：ef_unit“{unit}”必须以 CO2e 的质量单位开头，例如“kg CO2e/kWh”或“t CO2e/night”。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: give both {column}_lo and {column}_hi, or neither.</source>
            <translation>{what}第 {row} 行：{column}_lo 与 {column}_hi 须同时给出或同时留空。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: give one class value and a methodology of the methodology table (or none).</source>
            <translation>{what}第 {row} 行：须给出一个类型值，以及方法学表中的一项方法学（或不填）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: group must be 'bivalve' or 'seaweed', not '{value}'.</source>
            <translation>{what}第 {row} 行：group 必须为“bivalve”或“seaweed”，而不是“{value}”。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: is_coastal_blue_carbon_habitat is '{value}'; use TRUE or FALSE.</source>
            <translation>{what}第 {row} 行：is_coastal_blue_carbon_habitat 为“{value}”；请使用 TRUE 或 FALSE。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: species {name} appears twice.</source>
            <translation>{what}第 {row} 行：物种 {name} 重复出现。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the bounds of '{column}' ({lo} to {hi}) do not contain its value {value}.</source>
            <translation>{what}第 {row} 行：“{column}”的界限（{lo} 到 {hi}）不包含其值 {value}。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the cell {src} -&gt; {dst} still holds the template's 'disturb'; replace it with low-impact-disturb, med-impact-disturb or high-impact-disturb (how much of the {src} carbon the change disturbs).</source>
            <translation>{what}第 {row} 行：单元格 {src} -&gt; {dst} 仍是模板中的“disturb”；请改为 low-impact-disturb、med-impact-disturb 或 high-impact-disturb（表示该变化扰动了多少 {src} 的碳）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the cell {src} -&gt; {dst} still holds the template's question 'accum or disturb?': one habitat became another. Answer it: accum if the {dst} grew without clearing the {src} (nothing is emitted), or low-impact-disturb, med-impact-disturb or high-impact-disturb if the {src} was cleared (its carbon is emitted).</source>
            <translation>{what}第 {row} 行：单元格 {src} -&gt; {dst} 仍是模板中的问题“accum or disturb?”：一种生境变成了另一种生境。请回答：若 {dst} 在未清除 {src} 的情况下生长，填 accum（不产生排放）；若 {src} 被清除（其碳被排放），填 low-impact-disturb、med-impact-disturb 或 high-impact-disturb。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the lulc-class '{name}' is not in the biophysical table {bio}.</source>
            <translation>{what}第 {row} 行：lulc-class“{name}”不在生物物理参数表 {bio} 中。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the period {start}-{end} is empty.</source>
            <translation>{what}第 {row} 行：时段 {start}-{end} 为空。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: {column}_hi ({hi}) is below the value ({value}).</source>
            <translation>{what}第 {row} 行：{column}_hi（{hi}）小于取值（{value}）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: {column}_lo ({lo}) is above the value ({value}).</source>
            <translation>{what}第 {row} 行：{column}_lo（{lo}）大于取值（{value}）。</translation>
        </message>
        <message>
            <source>Running on several processes or a cluster needs the Python package 'distributed' (Dask), which cannot be imported. Install it (Debian/Ubuntu: sudo apt install python3-distributed; elsewhere: python -m pip install distributed), or set the scheduler to 0 to run in this process.</source>
            <translation>多进程或集群运行需要 Python 包“distributed”（Dask），但无法导入。请安装（Debian/Ubuntu：sudo apt install python3-distributed；其他系统：python -m pip install distributed），或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>S(O) in the sample size formula; 0.01 is Olofsson et al.'s example.</source>
            <translation>样本量公式中的 S(O)；0.01 为 Olofsson 等的示例值。</translation>
        </message>
        <message>
            <source>salt marsh</source>
            <translation>盐沼</translation>
        </message>
        <message>
            <source>Sample points</source>
            <translation>样本点</translation>
        </message>
        <message>
            <source>Sample size {n} (eq. 13 gives {n13} for a target SE of {se}); allocation: {alloc}</source>
            <translation>样本量 {n}（目标标准误 {se} 时公式13给出 {n13}）；分配：{alloc}</translation>
        </message>
        <message>
            <source>Samples per class</source>
            <translation>各类型样本数</translation>
        </message>
        <message>
            <source>Sampling design for accuracy assessment</source>
            <translation>精度评价抽样设计</translation>
        </message>
        <message>
            <source>Sand bottom polygons (for Lyzenga's index)</source>
            <translation>沙底面（用于 Lyzenga 指数）</translation>
        </message>
        <message>
            <source>Says whether an emission (an event, a company, a product) is covered by blue carbon sinks, and by how much, and writes the event's carbon-neutrality statement.

Emissions: a number in t CO2e, or a CSV inventory with columns source, category, activity, unit, emission_factor, ef_unit (such as 'kg CO2e/kWh' or 't CO2e/night'), ef_source and optionally placeholder (yes for a factor that is not from a published source); each line is activity × factor. Categories follow China's guideline for carbon-neutral large events (大型活动碳中和实施指南（试行）, Ministry of Ecology and Environment, 2019): energy (能源), transport (交通), accommodation (住宿), catering (餐饮), materials (会议用品) and waste (废弃物).

Sinks: layers from 'Mariculture carbon removal' (removal_tco2e_yr) or 'Carbon stocks and uptake by area' (uptake_tco2e_yr), with their 95% intervals when present, and/or a number in t CO2e per year. An empty layer is refused; sinks that add up to a net source are refused.

Credited removal = sinks × period (years) × (1 − buffer %/100): carbon standards withhold a buffer against non-permanence. Coverage = credited / emissions × 100 %; surplus = credited − emissions. The interval of the sinks is the sum of the layers' interval bounds, which is wider than the interval of the sum (conservative); sinks without bounds give no interval. For a deficit, the additional harvest (and farmed area, given a yield per hectare) of a chosen species that would close it is reported.

The report follows the guideline's structure: scope and emission categories (missing ones flagged), activity data and factors with sources (placeholders flagged), emissions per category, the sink used (farms, species, period, coefficients and their verification status), buffer, balance, a chart of emissions by category against the credited sink, and whether the sink has been verified. Under the guideline an event is offset by allowances, credits or the sink of new forestry projects: a mariculture removal is not a credit until verified and issued, and the report says so.</source>
            <translation>判断一项排放（一次活动、一家企业、一种产品）是否被蓝碳碳汇抵消、抵消多少，并编写活动的碳中和声明。

排放：以 t CO2e 表示的一个数值，或一份 CSV 清单，列为 source、category、activity、unit、emission_factor、ef_unit（如 “kg CO2e/kWh” 或 “t CO2e/night”）、ef_source，以及可选的 placeholder（因子并非来自已发表来源时填 yes）；每条记录为活动水平 × 排放因子。类别依照生态环境部 2019 年发布的《大型活动碳中和实施指南（试行）》：能源、交通、住宿、餐饮、会议用品和废弃物。

碳汇：“海水养殖碳移出”的输出图层（removal_tco2e_yr）或“分区碳储量与年吸收量”的输出图层（uptake_tco2e_yr），如有 95% 区间一并使用；以及/或者以每年 t CO2e 表示的一个数值。空图层会被拒绝；合计为净排放源的碳汇会被拒绝。

计入的清除量 = 碳汇 × 期间（年）× （1 − 缓冲 %/100）：碳标准会扣留一部分缓冲以应对非持久性风险。覆盖率 = 计入量 / 排放量 × 100 %；盈余 = 计入量 − 排放量。碳汇区间为各图层区间界限之和，比总和的区间更宽（保守）；没有界限的碳汇不给区间。出现缺口时，给出所选物种需要增加的收获量（给出单位面积产量时还有养殖面积）。

报告按照指南的结构编写：核算边界与排放类别（标出缺失的类别）、活动水平数据和带来源的因子（标出占位值）、分类别排放量、所用碳汇（养殖区、物种、期间、系数及其核实状态）、缓冲、平衡、分类别排放与计入碳汇的对比图，以及碳汇是否经过核证。按照指南，活动通过碳配额、碳信用或新建林业项目的碳汇量抵消排放：海水养殖碳移出量在经核证并签发之前不是碳信用，报告会说明这一点。</translation>
        </message>
        <message>
            <source>Scale (Custom)</source>
            <translation>比例（自定义）</translation>
        </message>
        <message>
            <source>Scale {scale:g} and offset {offset:g} taken from the file's GDAL band metadata.</source>
            <translation>比例系数 {scale:g} 和偏移 {offset:g} 取自文件的 GDAL 波段元数据。</translation>
        </message>
        <message>
            <source>scope (area or project), area_id, year, kind (ex-post or ex-ante), ex_ante, area_ha, lost_ha, baseline_tco2e, project_tco2e, gross_removals_tco2e (+ _lo, _hi); on the project's rows also credited_tco2e (+ _lo, _hi) and vintage_tco2e.</source>
            <translation>scope（area 区域或 project 项目）、area_id、year、kind（ex-post 事后或 ex-ante 事前）、ex_ante、area_ha、lost_ha、baseline_tco2e、project_tco2e、gross_removals_tco2e（及 _lo、_hi）；项目行另有 credited_tco2e（及 _lo、_hi）和 vintage_tco2e。</translation>
        </message>
        <message>
            <source>seagrass</source>
            <translation>海草床</translation>
        </message>
        <message>
            <source>Seagrass is mapped only where the DEM/bathymetry is no deeper than this.</source>
            <translation>仅在 DEM/水深不超过此深度处绘制海草床。</translation>
        </message>
        <message>
            <source>Seagrass without sand sample: green reflectance below</source>
            <translation>无沙底样本时的海草床：绿波段反射率低于</translation>
        </message>
        <message>
            <source>Seagrass: DII below sand mean minus (sd)</source>
            <translation>海草床：DII 低于沙底均值减（标准差倍数）</translation>
        </message>
        <message>
            <source>Seagrass: maximum depth (m)</source>
            <translation>海草床：最大水深（米）</translation>
        </message>
        <message>
            <source>seaweed/macroalgae</source>
            <translation>海藻/大型藻类</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Seed of the Monte Carlo draws (reproduces them within one NumPy version).</source>
            <translation>蒙特卡罗抽样的随机种子（在同一 NumPy 版本内可重现）。</translation>
        </message>
        <message>
            <source>Seed of the Monte Carlo draws: the same seed gives the same draws with the same NumPy version (NumPy does not promise the same random streams across its versions).</source>
            <translation>蒙特卡罗抽样的随机种子：同一种子在同一 NumPy 版本下给出相同的抽样（NumPy 不保证不同版本间随机序列相同）。</translation>
        </message>
        <message>
            <source>Selects the climate-zone rows of the density table (mangrove biomass). Automatic: from the latitude of each area's centre.</source>
            <translation>选择碳密度表中的气候带行（红树林生物量）。自动：按各区域中心的纬度确定。</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>Sensor</source>
            <translation>传感器</translation>
        </message>
        <message>
            <source>Sensor of each image (comma-separated)</source>
            <translation>各影像的传感器（逗号分隔）</translation>
        </message>
        <message>
            <source>Sensor of the reference image</source>
            <translation>参考影像的传感器</translation>
        </message>
        <message>
            <source>Sentinel-2 L2A products from processing baseline 04.00 (January 2022) and the 2015–2021 Collection-1 reprocessing carry an offset of −1000. Automatic reads BOA_ADD_OFFSET (band metadata, GDAL offset, MTD_MSIL2A.xml, a STAC item beside the file, the product name); without them it decides from the darkest SWIR values (water sits near 1000 DN with the offset, near 0 without) or refuses. A setting the data contradict is warned about.</source>
            <translation>处理基线 04.00（2022 年 1 月）及以后的 Sentinel-2 L2A 产品，以及 2015–2021 年 Collection-1 重处理产品，带有 −1000 的偏移。“自动”依次读取 BOA_ADD_OFFSET（波段元数据、GDAL 偏移、MTD_MSIL2A.xml、文件旁的 STAC 条目、产品名称）；若都没有，则根据最暗的 SWIR 值判断（有偏移时水体接近 1000 DN，无偏移时接近 0），无法判断时拒绝运行。若设置与数据矛盾，会给出警告。</translation>
        </message>
        <message>
            <source>Sentinel-2 Level-2A</source>
            <translation>Sentinel-2 L2A 级</translation>
        </message>
        <message>
            <source>Sentinel-2 offset {add:g} DN: reflectance = (DN {sign} {abs:g}) / 10000 ({why}).</source>
            <translation>Sentinel-2 偏移 {add:g} DN：反射率 = (DN {sign} {abs:g}) / 10000（{why}）。</translation>
        </message>
        <message>
            <source>Sentinel-2 processing baseline</source>
            <translation>Sentinel-2 处理基线</translation>
        </message>
        <message>
            <source>set by the processing baseline parameter (04.00 or later)</source>
            <translation>由处理基线参数设定（04.00 或以后）</translation>
        </message>
        <message>
            <source>set by the processing baseline parameter (before 04.00)</source>
            <translation>由处理基线参数设定（04.00 之前）</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <source>Share of removals withheld for non-permanence risk.</source>
            <translation>为非持久性风险扣留的清除量比例。</translation>
        </message>
        <message>
            <source>Share of the removals (after the allochthonous deduction) lost to displaced activities, 0–100.</source>
            <translation>因活动转移而损失的清除量比例（在外源扣减之后），0–100。</translation>
        </message>
        <message>
            <source>Share of the soil-carbon gain deposited from elsewhere, deducted first.</source>
            <translation>土壤碳增量中来自外部沉积的比例，最先扣除。</translation>
        </message>
        <message>
            <source>Share of the stock change withheld, 0–100, from the project's risk assessment (VCS: the AFOLU Non-Permanence Risk Tool v4.2).</source>
            <translation>从碳储量变化中预留的比例，0–100，取自项目的风险评估（VCS：AFOLU 非持久性风险工具 v4.2）。</translation>
        </message>
        <message>
            <source>Shell + tissue carbon (Chinese marine-industry accounting)</source>
            <translation>贝壳 + 软组织碳（我国海洋行业核算）</translation>
        </message>
        <message>
            <source>shell + tissue carbon (Chinese marine-industry accounting)</source>
            <translation>贝壳 + 软组织碳（我国海洋行业核算）</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>签字</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>签字</translation>
        </message>
        <message>
            <source>Sink</source>
            <translation>碳汇</translation>
        </message>
        <message>
            <source>Sink layer {name}, feature {fid}: {field} is empty; it counts as 0.</source>
            <translation>碳汇图层 {name}，要素 {fid}：{field} 为空，按 0 计。</translation>
        </message>
        <message>
            <source>Sink layers</source>
            <translation>碳汇图层</translation>
        </message>
        <message>
            <source>Sink verification status: {status}</source>
            <translation>碳汇核证状态：{status}</translation>
        </message>
        <message>
            <source>Sinks (t CO2e per year)</source>
            <translation>碳汇（t CO2e/年）</translation>
        </message>
        <message>
            <source>Sinks known as one number, added to the layers.</source>
            <translation>已知为单一数值的碳汇，与图层相加。</translation>
        </message>
        <message>
            <source>snapshot table</source>
            <translation>快照表</translation>
        </message>
        <message>
            <source>Snapshot table of the cleaned class maps</source>
            <translation>清理后分类图的快照表</translation>
        </message>
        <message>
            <source>Snapshot years (comma list, same order)</source>
            <translation>快照年份（逗号分隔，顺序相同）</translation>
        </message>
        <message>
            <source>Snapshot years: '{value}' is not a year; give whole years separated by commas, one per snapshot layer.</source>
            <translation>快照年份：“{value}”不是年份；请给出以逗号分隔的整数年份，每个快照图层一个。</translation>
        </message>
        <message>
            <source>snapshot_&lt;year&gt;.tif for every date after cleaning, and snapshots.csv listing them: the snapshot table of 'Carbon stock change over time'.</source>
            <translation>每个日期清理后的 snapshot_&lt;year&gt;.tif，以及列出它们的 snapshots.csv：即“碳储量随时间的变化”的快照表。</translation>
        </message>
        <message>
            <source>snapshot_year, raster_path (paths relative to the CSV's folder); or the layers and years below.</source>
            <translation>snapshot_year、raster_path（路径相对于 CSV 所在文件夹）；或使用下面的图层和年份。</translation>
        </message>
        <message>
            <source>snapshot_year, raster_path; or the layers and years below.</source>
            <translation>snapshot_year、raster_path；或下方的图层和年份。</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>土地覆盖快照</translation>
        </message>
        <message>
            <source>Snapshots {years}, analysis year {year}; reading: {method}.</source>
            <translation>快照 {years}，分析年份 {year}；解读方式：{method}。</translation>
        </message>
        <message>
            <source>soil-carbon stock change</source>
            <translation>土壤碳储量变化</translation>
        </message>
        <message>
            <source>Some areas overlap ({ha:.2f} ha): each area's row counts its whole ground, the grand totals count overlapping ground once.</source>
            <translation>部分区域相互重叠（{ha:.2f} 公顷）：各区域行按其全部范围计算，总计中重叠区域仅计一次。</translation>
        </message>
        <message>
            <source>Some areas overlap ({ha:.4f} ha): each area's rows count its whole ground, every total counts overlapping ground once.</source>
            <translation>部分区域相互重叠（{ha:.4f} 公顷）：每个区域的行计入其全部土地，所有合计中重叠的土地只计一次。</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source and verification</source>
            <translation>来源与核实</translation>
        </message>
        <message>
            <source>Source of the buffer percentage</source>
            <translation>缓冲比例的来源</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>物种</translation>
        </message>
        <message>
            <source>Species farmed in each zone (Chinese or English name, or Latin name).</source>
            <translation>各区养殖的物种（中文名、英文名或拉丁名）。</translation>
        </message>
        <message>
            <source>Species field</source>
            <translation>物种字段</translation>
        </message>
        <message>
            <source>Species to close a deficit</source>
            <translation>用于弥补缺口的物种</translation>
        </message>
        <message>
            <source>Species whose additional harvest would close a deficit (name from the coefficient table).</source>
            <translation>用其额外收获来弥补缺口的物种（系数表中的名称）。</translation>
        </message>
        <message>
            <source>Spectra outside the training range of the class the model gives them: {share:.1f}% of {n} valid pixels sampled{detail}; the training images: {base:.1f}%.</source>
            <translation>光谱超出模型所赋类型训练范围的像元：抽样的 {n} 个有效像元中占 {share:.1f}%{detail}；训练影像：{base:.1f}%。</translation>
        </message>
        <message>
            <source>Spectral indices</source>
            <translation>光谱指数</translation>
        </message>
        <message>
            <source>Spectral indices computed per pixel and added to the band reflectances; empty for none.</source>
            <translation>逐像元计算并加入波段反射率的光谱指数；留空则不加。</translation>
        </message>
        <message>
            <source>STAC raster:bands offset in {value}</source>
            <translation>{value} 中的 STAC raster:bands 偏移</translation>
        </message>
        <message>
            <source>Statement (HTML)</source>
            <translation>说明（HTML）</translation>
        </message>
        <message>
            <source>Statement (PDF)</source>
            <translation>说明（PDF）</translation>
        </message>
        <message>
            <source>Statement data (JSON)</source>
            <translation>说明数据（JSON）</translation>
        </message>
        <message>
            <source>stock [t CO2e]: mapped | adjusted (95% interval)</source>
            <translation>碳储量 [t CO2e]：制图 | 校正（95% 区间）</translation>
        </message>
        <message>
            <source>Stock and uptake by project area: point estimate, Monte Carlo median and 95% interval</source>
            <translation>各项目区的碳储量与吸收量：点估计、蒙特卡罗中位数和95%区间</translation>
        </message>
        <message>
            <source>Stock by habitat class</source>
            <translation>按生境类型的碳储量</translation>
        </message>
        <message>
            <source>stock change</source>
            <translation>碳储量变化</translation>
        </message>
        <message>
            <source>Stock change after the allochthonous deduction</source>
            <translation>扣除外源碳后的碳储量变化</translation>
        </message>
        <message>
            <source>Stock change, project − baseline</source>
            <translation>碳储量变化，项目 − 基线</translation>
        </message>
        <message>
            <source>Stock density raster (t C/ha)</source>
            <translation>碳储量密度栅格（t C/公顷）</translation>
        </message>
        <message>
            <source>Stock of each area at the start of each period and at the analysis year.</source>
            <translation>各区域在每个时段起点及分析年份的碳储量。</translation>
        </message>
        <message>
            <source>Stock of each area at the start of each period and at the analysis year; the shaded band and whiskers are the 95% interval.</source>
            <translation>各区域在每个时段起点及分析年份的碳储量；阴影带和误差线为95%区间。</translation>
        </message>
        <message>
            <source>Stock of each habitat class (t C, point estimate; the Monte Carlo intervals are computed for areas and totals, not per class).</source>
            <translation>各生境类型的碳储量（t C，点估计；蒙特卡罗区间按项目区和总计计算，不按类型计算）。</translation>
        </message>
        <message>
            <source>Stock of each project area (t CO2e, point estimate) with its 95% interval.</source>
            <translation>各项目区的碳储量（t CO2e，点估计）及其95%区间。</translation>
        </message>
        <message>
            <source>Stock over time by area (t CO2e)</source>
            <translation>各区域碳储量随时间变化（t CO2e）</translation>
        </message>
        <message>
            <source>Stocks</source>
            <translation>碳储量</translation>
        </message>
        <message>
            <source>Stocks and rates in carbon are converted to CO2e with 44/12.</source>
            <translation>以碳计的储量和速率按 44/12 换算为 CO2e。</translation>
        </message>
        <message>
            <source>Stratum {stratum} ({ha} ha, {share} % of the map) has no reference point: overall accuracy, producer's accuracies, area-adjusted areas and the user's accuracies of the classes it holds cannot be estimated (the stratified estimator needs at least one sample unit in every stratum) and are left empty. Label points of this stratum.</source>
            <translation>层 {stratum}（{ha} 公顷，占分类图的 {share} %）没有参考点：总体精度、生产者精度、校正面积以及该层所含类型的用户精度无法估计（分层估计量要求每一层至少有一个样本单元），因此留空。请为该层标注参考点。</translation>
        </message>
        <message>
            <source>Stratum {stratum} has a single reference sample: no variance can be estimated, so no interval is given where it matters. Label at least two (better 30) samples per stratum.</source>
            <translation>层 {stratum} 只有一个参考样本：无法估计方差，相关区间不予给出。每层至少标注两个（最好30个）样本。</translation>
        </message>
        <message>
            <source>Stratum {stratum}: its {n} reference points fall on {d} distinct pixels; points on the same pixel are counted as separate sample units (a sample drawn with replacement), not as a census.</source>
            <translation>层 {stratum}：其 {n} 个参考点只落在 {d} 个不同像元上；同一像元上的多个点按独立样本单元计（相当于有放回抽样），不视为普查。</translation>
        </message>
        <message>
            <source>Stratum {value} ({label}, {kind}): {ha:.2f} ha, {pixels} pixels, {n} points.</source>
            <translation>层 {value}（{label}，{kind}）：{ha:.2f} 公顷，{pixels} 个像元，{n} 个点。</translation>
        </message>
        <message>
            <source>Subtropical</source>
            <translation>亚热带</translation>
        </message>
        <message>
            <source>subtropical</source>
            <translation>亚热带</translation>
        </message>
        <message>
            <source>Surface reflectance image (Sentinel-2 L2A, Landsat 4-5 TM, 7 ETM+ or 8/9 C2 L2, or another with Custom bands).</source>
            <translation>地表反射率影像（Sentinel-2 L2A、Landsat 4-5 TM、7 ETM+ 或 8/9 C2 L2，或以自定义波段设置的其他影像）。</translation>
        </message>
        <message>
            <source>Surface reflectance image of another date or sensor, read with the sensor parameters below.</source>
            <translation>其他日期或传感器的地表反射率影像，按下方的传感器参数读取。</translation>
        </message>
        <message>
            <source>Surface reflectance image to learn from.</source>
            <translation>用于学习的地表反射率影像。</translation>
        </message>
        <message>
            <source>Surface reflectance image with blue, green, red, NIR and SWIR1 bands.</source>
            <translation>含蓝、绿、红、近红外和短波红外1波段的地表反射率影像。</translation>
        </message>
        <message>
            <source>Surplus (t CO2e; negative for a deficit)</source>
            <translation>盈余（t CO2e；负值为缺口）</translation>
        </message>
        <message>
            <source>Surplus, 95% high (t CO2e)</source>
            <translation>盈余95%上限（t CO2e）</translation>
        </message>
        <message>
            <source>Surplus, 95% low (t CO2e)</source>
            <translation>盈余95%下限（t CO2e）</translation>
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
            <source>switched off</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <source>t C per t fresh weight</source>
            <translation>t C/t 鲜重</translation>
        </message>
        <message>
            <source>t CO2e per year [95% interval]</source>
            <translation>t CO2e/年 [95% 区间]</translation>
        </message>
        <message>
            <source>t CO2e; removals positive. The interval is that of the removals on credited ground.</source>
            <translation>单位 t CO2e；清除为正。区间为计入土地上清除量的区间。</translation>
        </message>
        <message>
            <source>table of what the plugin does not cover</source>
            <translation>本插件未涵盖事项表</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Target image:</source>
            <translation>目标影像：</translation>
        </message>
        <message>
            <source>Target standard error of overall accuracy</source>
            <translation>总体精度目标标准误</translation>
        </message>
        <message>
            <source>Temporal rule (A → B → A: the middle date gets A): {state}; pixels changed per date: {counts}.</source>
            <translation>时间规则（A → B → A：中间日期改为 A）：{state}；各日期改动的像元数：{counts}。</translation>
        </message>
        <message>
            <source>Temporal rule (three or more dates)</source>
            <translation>时间规则（三个或更多日期）</translation>
        </message>
        <message>
            <source>The allocation drawn misses the target standard error: {ase:.4f} anticipated against {se}. Check 'Raise the sample size until the target is met' (MEET_TARGET=true) to raise the total, or accept the larger standard error.</source>
            <translation>实际分配达不到目标标准误：预期 {ase:.4f}，目标 {se}。可勾选“增大样本量直至达到目标”（MEET_TARGET=true）以增大总样本量，或接受较大的标准误。</translation>
        </message>
        <message>
            <source>The analysis year {year} is before the last snapshot ({last}); give an analysis year of {last} or later, or leave it empty.</source>
            <translation>分析年份 {year} 早于最后一个快照（{last}）；请给出 {last} 或更晚的分析年份，或留空。</translation>
        </message>
        <message>
            <source>the application's main thread did not print it within {seconds} s (QtWebKit prints only there); run the algorithm from qgis_process or the Processing toolbox</source>
            <translation>应用程序主线程在 {seconds} 秒内未完成打印（QtWebKit 只能在主线程打印）；请通过 qgis_process 或处理工具箱运行该算法</translation>
        </message>
        <message>
            <source>The areas have no extent (empty geometries): every total is zero.</source>
            <translation>各区域没有范围（几何为空）：所有合计均为零。</translation>
        </message>
        <message>
            <source>The areas lie in different climate zones ({zones}); the grand totals add the union of each zone's areas (ground shared by areas of two zones would count twice).</source>
            <translation>各区域位于不同气候带（{zones}）；总计为各气候带区域并集之和（分属两个气候带的区域若有重叠，重叠部分会计算两次）。</translation>
        </message>
        <message>
            <source>The areas with their attributes plus polygon, mapped and unmapped areas (ha), pools (t C), stock and uptake (t CO2e) with 95% intervals, on mapped and (with a reference sample) adjusted areas.</source>
            <translation>各区域及其属性，加上多边形面积、已制图面积和未制图面积（ha）、碳库（t C）、碳储量和吸收量（t CO2e）及其 95% 区间，分别基于制图面积和（有参考样本时）校正面积。</translation>
        </message>
        <message>
            <source>The attenuation ratio kB/kG = {k:.3f} is above 1 (blue attenuated more than green, as in turbid or CDOM-rich water): a darker bottom raises the depth-invariant index, so seagrass is mapped where the index is above the sand's.</source>
            <translation>衰减比 kB/kG = {k:.3f} 大于 1（蓝光衰减强于绿光，常见于浑浊或有色溶解有机物丰富的水体）：较暗的底质会使深度不变指数升高，因此海草床被划在指数高于沙底的位置。</translation>
        </message>
        <message>
            <source>The attenuation ratio kB/kG = {k:.3f} is close to 1: the depth-invariant index barely changes with the bottom's brightness, so seagrass darker than the sand is hard to see. Draw the sand polygons over one bright bottom at varying depth, and give bathymetry to estimate the ratio from depth.</source>
            <translation>衰减比 kB/kG = {k:.3f} 接近 1：深度不变指数几乎不随底质亮度变化，因此难以识别比沙底暗的海草床。请在同一种明亮底质、不同水深处绘制沙底多边形，并提供水深图以便由水深估算衰减比。</translation>
        </message>
        <message>
            <source>The band descriptions of this {count}-band raster put {roles} elsewhere than the {sensor} band order ({order}): the bands were reordered. Use the Custom sensor with band numbers.</source>
            <translation>此 {count} 波段栅格的波段描述把 {roles} 放在了与 {sensor} 波段顺序（{order}）不同的位置：波段已被重新排序。请使用自定义传感器并给出波段编号。</translation>
        </message>
        <message>
            <source>The bands used declare different GDAL scales/offsets ({pairs}); set SCALE and OFFSET.</source>
            <translation>所用波段声明了不同的 GDAL 比例系数/偏移（{pairs}）；请设置 SCALE 和 OFFSET。</translation>
        </message>
        <message>
            <source>The baseline's first map under the project areas: eligible ground hatched.</source>
            <translation>项目区下的基线第一幅地图：合格土地以斜线标出。</translation>
        </message>
        <message>
            <source>The biophysical table has no _lo/_hi bounds: there are no Monte Carlo draws, so no interval and no uncertainty deduction can be computed.</source>
            <translation>生物物理参数表没有 _lo/_hi 边界：没有蒙特卡罗抽样，因此无法计算区间和不确定性扣减。</translation>
        </message>
        <message>
            <source>The biophysical table is read as Mg C per ha and converted to CO2e (× 44/12).</source>
            <translation>生物物理参数表按每公顷 Mg C 读取并换算为 CO2e（× 44/12）。</translation>
        </message>
        <message>
            <source>The biophysical table {path} gives a half-life of 0 to carbon that is disturbed in this run: {cases}. A half-life of 0 has two meanings: in InVEST the disturbed carbon is never emitted; as the limit of a very short half-life, all of it is emitted at once, in the year of the transition. Say which with the parameter 'A half-life of 0 means' (HALF_LIFE_ZERO): never emitted (InVEST) or emitted at once; or give the half-life in years.</source>
            <translation>生物物理参数表 {path} 为本次运行中受扰动的碳给出了 0 的半衰期：{cases}。半衰期为 0 有两种含义：在 InVEST 中，受扰动的碳永不排放；若视为极短半衰期的极限，则全部碳在转换当年一次性排放。请用“半衰期为 0 表示”参数（HALF_LIFE_ZERO）说明是哪一种：永不排放（InVEST）或立即排放；或以年为单位给出半衰期。</translation>
        </message>
        <message>
            <source>The buffer must be between 0 and 100 percent (got {value}).</source>
            <translation>缓冲比例必须在0到100%之间（当前为 {value}）。</translation>
        </message>
        <message>
            <source>The buffer width must be 0 (no buffer stratum) or more pixels; {n} is not.</source>
            <translation>缓冲宽度须为0（不设缓冲层）或更多像元；{n} 不符合。</translation>
        </message>
        <message>
            <source>The buffer width the sample was drawn with (0: none). Empty: the width recorded on the points (field buffer_px), else 0.</source>
            <translation>抽取样本时所用的缓冲宽度（0：不设）。留空：取样本点上记录的宽度（buffer_px 字段），没有则为0。</translation>
        </message>
        <message>
            <source>The calcification ratio must be between 0 and 1 (got {value}).</source>
            <translation>钙化释放比必须在0与1之间（当前为 {value}）。</translation>
        </message>
        <message>
            <source>The class map has no mapped pixels (only nodata).</source>
            <translation>分类图没有已制图像元（只有无数据值）。</translation>
        </message>
        <message>
            <source>The classifier library warns: {message}</source>
            <translation>分类器程序库警告：{message}</translation>
        </message>
        <message>
            <source>The code reading is kept for comparison with InVEST; a statement made with it is marked as not for verification.</source>
            <translation>保留代码解读方式以便与 InVEST 对比；用它得出的说明标注为不可用于核查。</translation>
        </message>
        <message>
            <source>The confidence level must be above 0 and below 100 % (90 in VCS practice, 95 also used); got {value}.</source>
            <translation>置信水平必须大于 0 且小于 100 %（VCS 惯例为 90，也用 95）；实际为 {value}。</translation>
        </message>
        <message>
            <source>The coordinate operation chosen for {src} to {dst} in the project's transformations cannot be used: {error}. Install the grid it needs (QGIS: Settings &gt; Options &gt; Transformations), or choose another operation (Project &gt; Properties &gt; Transformations), and run again.</source>
            <translation>项目“转换”设置中为 {src} 到 {dst} 选定的坐标操作无法使用：{error}。请安装它所需的格网（QGIS：设置 &gt; 选项 &gt; 转换），或另选坐标操作（项目 &gt; 属性 &gt; 转换），然后重新运行。</translation>
        </message>
        <message>
            <source>The crediting period must be positive (got {value} years).</source>
            <translation>计入期必须为正（当前为 {value} 年）。</translation>
        </message>
        <message>
            <source>The crediting period starts in {start}, before the first map ({first}): there is no ground to account before it. Start the crediting period in {first} or later.</source>
            <translation>计入期始于 {start}，早于第一幅地图（{first}）：在此之前没有可核算的土地。请让计入期从 {first} 或之后开始。</translation>
        </message>
        <message>
            <source>The crediting period {start}-{last} ends before it starts; its last year must be {start} or later.</source>
            <translation>计入期 {start}-{last} 的结束早于开始；其最后一年必须为 {start} 或之后。</translation>
        </message>
        <message>
            <source>The cumulative net removals after deductions up to {end} ({cumulative} t CO2e) are still {size} t CO2e below the {issued} t CO2e issued before; nothing is issued for {years} until that is made up.</source>
            <translation>截至 {end} 扣减后的累计净清除量（{cumulative} t CO2e）仍比此前已签发的 {issued} t CO2e 少 {size} t CO2e；在补足之前，{years} 不签发。</translation>
        </message>
        <message>
            <source>The Dask cluster at {address} has had no worker for {seconds:.0f} s: its workers were lost during the run, or none is connected. The run stopped and wrote no output. Start dask-worker processes connected to this scheduler, then run again (with the scheduler left empty, new local workers are started); or set the scheduler to 0 to run in this process.</source>
            <translation>{address} 处的 Dask 集群已有 {seconds:.0f} 秒没有任何工作进程：其工作进程在运行中丢失，或没有工作进程连接。运行已停止，未写出任何输出。请启动连接到该调度器的 dask-worker 进程后重新运行（调度器留空时会启动新的本地工作进程）；或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>The Dask cluster at {address} lost {n} worker(s) during the run ({workers}); Dask runs their pieces again on the {left} other worker(s), with the same results.</source>
            <translation>{address} 处的 Dask 集群在运行中失去了 {n} 个工作进程（{workers}）；Dask 在其余 {left} 个工作进程上重新运行它们的工作块，结果相同。</translation>
        </message>
        <message>
            <source>The Dask scheduler at {address} was lost during the run (its connection closed, or it did not answer within {seconds:g} s), so the run stopped and wrote no output. Check that the scheduler still runs there and that this machine can reach it, then run again (with the scheduler left empty, new local workers are started); or set the scheduler to 0 to run in this process.</source>
            <translation>运行中失去了 {address} 处的 Dask 调度器（其连接已关闭，或在 {seconds:g} 秒内没有应答），因此运行已停止，未写出任何输出。请检查调度器是否仍在该处运行、本机能否连接到它，然后重新运行（调度器留空时会启动新的本地工作进程）；或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>The data contradict the Sentinel-2 offset in use (none): no SWIR value is far below 1000 DN and the darkest 1% sit at {floor:.0f} DN, the mark of the −1000 offset of processing baseline 04.00 or later; reflectance would be about 0.1 too high. Check S2_BASELINE.</source>
            <translation>数据与所用的 Sentinel-2 偏移（无偏移）矛盾：没有远低于 1000 DN 的 SWIR 值，最暗 1% 在 {floor:.0f} DN，这是处理基线 04.00 或以后 −1000 偏移的标志；反射率将偏高约 0.1。请检查 S2_BASELINE。</translation>
        </message>
        <message>
            <source>The data contradict the Sentinel-2 offset in use (−1000): {share:.1f}% of the SWIR values are below 500 DN and would be negative reflectance; the image looks like processing baseline before 04.00. Check S2_BASELINE.</source>
            <translation>数据与所用的 Sentinel-2 偏移（−1000）矛盾：{share:.1f}% 的 SWIR 值低于 500 DN，将成为负反射率；影像看起来是 04.00 之前的处理基线。请检查 S2_BASELINE。</translation>
        </message>
        <message>
            <source>The date field holds {n} date(s) that match no image: {dates}. The images' dates (IMAGE_DATES) are {known}; add the images of those dates to IMAGES and their dates to IMAGE_DATES, or correct the samples' dates.</source>
            <translation>日期字段中有 {n} 个日期与任何影像都不匹配：{dates}。各影像的日期（IMAGE_DATES）为 {known}；请把这些日期的影像加入 IMAGES 并把其日期加入 IMAGE_DATES，或更正样本的日期。</translation>
        </message>
        <message>
            <source>The date of INPUT, then of each image of IMAGES, as written in the date field (for example 2005,2023 or 2005-01-10,2023-02-02). Without DATE_FIELD: an optional label of INPUT's date.</source>
            <translation>INPUT、然后 IMAGES 中每幅影像的日期，写法与日期字段中的相同（例如 2005,2023 或 2005-01-10,2023-02-02）。不设 DATE_FIELD 时：INPUT 日期的可选标签。</translation>
        </message>
        <message>
            <source>The DEM has a value on {pct:.1f}% of the image.</source>
            <translation>DEM 在影像的 {pct:.1f}% 上有值。</translation>
        </message>
        <message>
            <source>the DEM has no value on {pct:.0f}% of the image's land pixels (a bathymetry whose land is nodata is no evidence of intertidal land); give an intertidal mask or a DEM that covers the land</source>
            <translation>DEM 在影像 {pct:.0f}% 的陆地像元上没有值（陆地为无数据的水深图不能作为潮间带陆地的证据）；请提供潮间带掩膜或覆盖陆地的 DEM</translation>
        </message>
        <message>
            <source>the DEM ranges from {lo:.1f} to {hi:.1f} m: it does not reach both below 0 and above the maximum elevation of intertidal habitats ({max:g} m), so it cannot bound the intertidal zone; give an intertidal mask</source>
            <translation>DEM 的范围为 {lo:.1f} 至 {hi:.1f} m：未同时低于 0 并高于潮间带生境的最高高程（{max:g} m），因此无法界定潮间带；请提供潮间带掩膜</translation>
        </message>
        <message>
            <source>The DEM {path} does not overlap the image: check its coordinate reference system ({crs}; the image is in {image_crs}).</source>
            <translation>DEM {path} 与影像不重叠：请检查其坐标参考系（{crs}；影像为 {image_crs}）。</translation>
        </message>
        <message>
            <source>The DEM {path} has no coordinate reference system, so it cannot be placed on the image. Assign its CRS (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
            <translation>DEM {path} 没有坐标参考系，无法放到影像上。请为其指定坐标参考系（栅格 &gt; 投影 &gt; 指定投影）后重新运行。</translation>
        </message>
        <message>
            <source>The density table {path} has no mangrove row (class {cls}); a country's mangrove densities replace that row.</source>
            <translation>碳密度表 {path} 没有红树林行（类型 {cls}）；国家红树林密度将替换该行。</translation>
        </message>
        <message>
            <source>The eligible baseline classes must be class values (whole numbers); got '{value}'.</source>
            <translation>合格基线类型必须是类型值（整数）；实际为“{value}”。</translation>
        </message>
        <message>
            <source>The eligible class '{item}' is not a class of the biophysical table {path}; it is ignored.</source>
            <translation>合格类型“{item}”不是生物物理参数表 {path} 中的类型；已忽略。</translation>
        </message>
        <message>
            <source>The eligible class '{item}' matches no class of the plugin's scheme; it is ignored.</source>
            <translation>合格类型“{item}”与本插件分类体系中的任何类型都不对应；已忽略。</translation>
        </message>
        <message>
            <source>The eligible class {cls} does not occur in the baseline's first map: no ground of it can be eligible.</source>
            <translation>合格类型 {cls} 未出现在基线的第一幅地图中：不会有该类型的合格土地。</translation>
        </message>
        <message>
            <source>The emission is 0 t CO2e: there is nothing to offset and no coverage can be computed. Give the event's emissions (a number or an inventory whose lines add up to more than 0).</source>
            <translation>排放量为 0 t CO2e：没有需要抵消的排放，也无法计算覆盖率。请给出活动的排放量（一个数值，或各条记录之和大于 0 的清单）。</translation>
        </message>
        <message>
            <source>The emission must not be negative (got {value} t CO2e).</source>
            <translation>排放量不能为负（当前为 {value} t CO2e）。</translation>
        </message>
        <message>
            <source>The emission to offset, when it is known as one number.</source>
            <translation>待抵消的排放量（已知为单一数值时）。</translation>
        </message>
        <message>
            <source>The emission was given as one number ({value} t CO2e), not as an inventory: its scope, categories, activity data and factors are not shown and cannot be checked here.</source>
            <translation>排放量以单一数值（{value} t CO2e）给出，而非清单：其范围、类别、活动水平数据和因子未予列出，无法在此核对。</translation>
        </message>
        <message>
            <source>the error given for the project</source>
            <translation>为项目给出的误差</translation>
        </message>
        <message>
            <source>The estimators assume a stratified random sample with the map classes as strata, as drawn by the sampling design tool; mapped areas are true areas on the ellipsoid.</source>
            <translation>估计量假定样本为以分类图类型为层的分层随机抽样（如抽样设计工具所生成）；制图面积为椭球面上的真实面积。</translation>
        </message>
        <message>
            <source>The event's carbon-neutrality statement (HTML, optional).</source>
            <translation>活动的碳中和声明（HTML，可选）。</translation>
        </message>
        <message>
            <source>The farm layer</source>
            <translation>养殖区图层</translation>
        </message>
        <message>
            <source>The field with each point's reference class at the first snapshot (with the next field; default ref_from when the points have it).</source>
            <translation>记录各点在第一期快照时参考类型的字段（与下一个字段一起使用；点图层有 ref_from 时默认为 ref_from）。</translation>
        </message>
        <message>
            <source>The field with each point's reference class at the last snapshot (default ref_to when the points have it).</source>
            <translation>记录各点在最后一期快照时参考类型的字段（点图层有 ref_to 时默认为 ref_to）。</translation>
        </message>
        <message>
            <source>The file {name} is a {found} product ({id}), but the sensor preset is {sensor}: their band numbers differ, so the bands would be read as the wrong roles. Choose the {found} preset.</source>
            <translation>文件 {name} 是 {found} 产品（{id}），但传感器预设为 {sensor}：两者的波段编号不同，波段会被当作错误的角色读取。请选择 {found} 预设。</translation>
        </message>
        <message>
            <source>The fit is weak (R² below 0.8) for {roles}: the invariant pixels span too little of these bands (a scene that is mostly water, say). Check the normalised image against the reference before classifying it.</source>
            <translation>{roles} 的拟合较弱（R² 低于 0.8）：不变像元在这些波段上覆盖的取值范围太窄（例如影像大部分为水体）。分类之前请把归一化影像与参考影像对照检查。</translation>
        </message>
        <message>
            <source>The floating algae index with B8A matches Hu 2009's 859 nm band and B11's 20 m grid; the image must hold a band described as B8A (or the full L2A band order).</source>
            <translation>使用 B8A 的漂浮藻类指数与 Hu 2009 的 859 nm 波段及 B11 的 20 m 网格相符；影像必须含有描述为 B8A 的波段（或完整的 L2A 波段顺序）。</translation>
        </message>
        <message>
            <source>The folder {folder} of output {name} does not exist. Create it or choose another folder; nothing was written.</source>
            <translation>输出 {name} 的文件夹 {folder} 不存在。请创建它或选择其他文件夹；未写入任何内容。</translation>
        </message>
        <message>
            <source>The habitat raster has class(es) {missing} inside the areas, but the density table {path} has no row for them. Add rows for these classes to the table, or set 'Classes missing from the table' to count them as carbon-free.</source>
            <translation>生境栅格在项目区内含有类型 {missing}，但碳密度表 {path} 中没有这些类型。请在表中补充这些类型，或将“碳密度表中缺少的类型”设为按零碳计入。</translation>
        </message>
        <message>
            <source>The habitat raster is not used: harvests come from the harvest field, not from a yield per hectare.</source>
            <translation>未使用生境栅格：收获量取自收获量字段，而不是单位面积产量。</translation>
        </message>
        <message>
            <source>The habitat raster must hold integer class values, but band {band} of {path} is {dtype}. Convert it to an integer type (for example with gdal_translate -ot Byte) or use a class map.</source>
            <translation>生境栅格必须是整数类型值，但 {path} 的波段 {band} 为 {dtype}。请转换为整数类型（例如 gdal_translate -ot Byte）或使用分类图。</translation>
        </message>
        <message>
            <source>The image and the reference share {n} band role(s) ({roles}); the normalisation needs at least two of blue, green, red, nir, swir1, swir2 in both.</source>
            <translation>影像与参考影像共有 {n} 个波段角色（{roles}）；归一化需要两者都至少具有 blue、green、red、nir、swir1、swir2 中的两个。</translation>
        </message>
        <message>
            <source>The image and the reference share {n} valid pixel(s): they must cover the same place (check their extents and coordinate reference systems) with data in both.</source>
            <translation>影像与参考影像共有 {n} 个有效像元：两者必须覆盖同一地点且都有数据（请检查其范围和坐标参考系）。</translation>
        </message>
        <message>
            <source>The image has no valid pixel in the bands used (all are nodata, fill or saturated).</source>
            <translation>所用波段中影像没有有效像元（全部为无数据、填充值或饱和值）。</translation>
        </message>
        <message>
            <source>The image is on the reference grid already: the map is written on it as is.</source>
            <translation>影像已在参考网格上：分类图按原样写出。</translation>
        </message>
        <message>
            <source>The image is read with its own sensor preset; the model's features are reflectances by band role and indices (trained on: {how}).</source>
            <translation>影像按其自身的传感器预设读取；模型的特征为按波段角色的反射率和指数（训练时：{how}）。</translation>
        </message>
        <message>
            <source>The image whose radiometry and grid the target takes (for example the image the classifier was trained on).</source>
            <translation>目标影像要采用其辐射水平和网格的影像（例如训练分类器所用的影像）。</translation>
        </message>
        <message>
            <source>the image's declared nodata</source>
            <translation>影像声明的无数据值</translation>
        </message>
        <message>
            <source>The intertidal mask</source>
            <translation>潮间带掩膜</translation>
        </message>
        <message>
            <source>The interval of the sinks is the sum of their 95% bounds, wider than the interval of the sum (conservative).</source>
            <translation>碳汇区间为各碳汇 95% 界限之和，比总和的区间更宽（保守）。</translation>
        </message>
        <message>
            <source>The inventory has no line for: {missing}.</source>
            <translation>清单中没有以下类别的记录：{missing}。</translation>
        </message>
        <message>
            <source>The job is small (about {seconds:.1f} s of work on one core, {cells} cells): starting local workers would cost more than they save, so it runs in this process.</source>
            <translation>任务较小（单核约 {seconds:.1f} 秒的工作量，{cells} 个像元）：启动本地工作进程的开销大于收益，因此在本进程内运行。</translation>
        </message>
        <message>
            <source>The last observed year {year} is not the year of a project map ({years}); an observation is a map: give one of those years.</source>
            <translation>最后观测年份 {year} 不是项目地图的年份（{years}）；观测即一幅地图：请给出其中一个年份。</translation>
        </message>
        <message>
            <source>The local worker processes did not start ({error}). Check that {python} imports numpy, GDAL, pyproj and shapely, or set the scheduler to 0 to run in this process.</source>
            <translation>本地工作进程未能启动（{error}）。请检查 {python} 能否导入 numpy、GDAL、pyproj 和 shapely，或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>The local worker processes did not start within {seconds} s. Set the scheduler to 0 to run in this process.</source>
            <translation>本地工作进程未能在 {seconds} 秒内启动。请将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>The map has no mapped area; check the raster and its nodata value.</source>
            <translation>分类图没有已制图面积；请检查栅格及其无数据值。</translation>
        </message>
        <message>
            <source>The map is a class map, not a transition map (no transition table in its metadata or beside it): the buffer width applies to transition maps only and is not used.</source>
            <translation>该图是分类图而非转换图（其元数据中和旁边都没有转换表）：缓冲宽度只用于转换图，此处不使用。</translation>
        </message>
        <message>
            <source>The map is a class map, not a transition map (no transition table in its metadata or beside it): {params} apply to transition maps only and are not used.</source>
            <translation>该图是分类图而非转换图（其元数据中和旁边都没有转换表）：{params} 只用于转换图，此处不使用。</translation>
        </message>
        <message>
            <source>The map is in a geographic CRS, where cells differ in area: pixels are drawn with equal probability, and the accuracy assessment weights each point by its cell's area.</source>
            <translation>分类图为地理坐标系，各像元面积不同：像元等概率抽取，精度评价按像元面积为每个点加权。</translation>
        </message>
        <message>
            <source>The map is resampled from the image's grid ({src}, {sdx:g} × {sdy:g}) onto the reference grid ({dst}, {ddx:g} × {ddy:g}) with nearest neighbour, as class values must be (the confidence too).</source>
            <translation>分类图从影像的网格（{src}，{sdx:g} × {sdy:g}）用最近邻重采样到参考网格（{dst}，{ddx:g} × {ddy:g}），类型值必须如此（置信度亦然）。</translation>
        </message>
        <message>
            <source>The map's cells differ in area ({lo:.6g} to {hi:.6g} m² at the reference points), and pixels are drawn with equal probability: each point is weighted by its cell's ellipsoidal area (ratio estimator), so that the estimates are shares of area, not of pixel counts.</source>
            <translation>分类图各像元面积不同（参考点处为 {lo:.6g} 至 {hi:.6g} 平方米），而像元是等概率抽取的：每个点按其像元的椭球面积加权（比率估计量），使估计值为面积占比，而非像元数占比。</translation>
        </message>
        <message>
            <source>The map's cells differ in area, so each reference point is weighted by its cell's ellipsoidal area (ratio estimator, Cochran 1977, ch. 6).</source>
            <translation>分类图各像元面积不同，因此每个参考点按其像元的椭球面积加权（比率估计量，Cochran 1977，第6章）。</translation>
        </message>
        <message>
            <source>The map's error rates inside each area are those of the whole map: the conditional proportions p(reference transition | map transition) estimated from the whole sample are applied to the mapped transitions of every area.</source>
            <translation>假设各区域内的地图错误率与整幅地图相同：由整个样本估计的条件比例 p(参考转换 | 地图转换) 被用于每个区域的制图转换。</translation>
        </message>
        <message>
            <source>The mapped classes inside the areas ({classes}) all have zero carbon density in the table, so the stock is zero.</source>
            <translation>区域内已制图的类型（{classes}）在密度表中的碳密度均为零，因此碳储量为零。</translation>
        </message>
        <message>
            <source>The maps have class(es) {classes} that the biophysical table {path} lacks; add a row for each (code, lulc-class and the pool columns).</source>
            <translation>地图中有生物物理参数表 {path} 缺少的类型 {classes}；请为每个类型添加一行（code、lulc-class 及各碳库列）。</translation>
        </message>
        <message>
            <source>The mask layer</source>
            <translation>掩膜图层</translation>
        </message>
        <message>
            <source>The model also records these ranges per class. Classifying an image, a pixel whose band reflectances fall outside the range of the class the model gives it (widened by 10% of the range and at least 0.01, down to −0.01 where the range reaches dark values) is one the model has not seen; an image with markedly more such pixels than the training images is refused.</source>
            <translation>模型还按类型记录这些范围。对影像分类时，若某像元的波段反射率超出模型赋予它的类型的范围（两侧各放宽范围宽度的 10%，至少 0.01；范围达到暗值时下限放宽到 −0.01），即为模型未见过的像元；此类像元明显多于训练影像的影像会被拒绝。</translation>
        </message>
        <message>
            <source>The model file {path} has format version {v}; this plugin reads version {ours}.</source>
            <translation>模型文件 {path} 的格式版本为 {v}；本插件读取版本 {ours}。</translation>
        </message>
        <message>
            <source>The model file {path} holds data this plugin does not accept ({error}); it is refused.</source>
            <translation>模型文件 {path} 含有本插件不接受的数据（{error}），已拒绝。</translation>
        </message>
        <message>
            <source>The model file {path} is incomplete ({name} is missing); train the model again.</source>
            <translation>模型文件 {path} 不完整（缺少 {name}）；请重新训练模型。</translation>
        </message>
        <message>
            <source>The model file {path} was modified after it was written (checksum mismatch); it is refused. Train the model again or use the original file.</source>
            <translation>模型文件 {path} 在写出后被修改过（校验和不符），已拒绝。请重新训练模型或使用原始文件。</translation>
        </message>
        <message>
            <source>The model records no range of its training spectra (it was trained by an earlier version): the image's spectra are not checked against what the model saw. Train it again to have them checked.</source>
            <translation>模型没有记录其训练光谱的范围（由早期版本训练）：不检查影像光谱是否超出模型所见。重新训练模型即可进行检查。</translation>
        </message>
        <message>
            <source>The model was run with natcap.invest 3.14.2's code reading (METHOD=1), which takes the half-life of the class before each snapshot and lets an earlier disturbance keep emitting after an accum transition: kept for comparison with InVEST, not for verification. Use the User's Guide reading (METHOD=0).</source>
            <translation>模型按 natcap.invest 3.14.2 的代码解读方式（METHOD=1）运行：它在每个快照处采用之前类型的半衰期，并让较早的扰动在 accum 转换之后继续排放；仅用于与 InVEST 对比，不可用于核查。请使用用户指南解读方式（METHOD=0）。</translation>
        </message>
        <message>
            <source>The model was trained on an image with {model} band(s) but this raster has {raster}; classify an image of the same product and band layout, or set SENSOR to this image's product (the model's features are reflectances by band role, so an image of another sensor is read with its own preset).</source>
            <translation>模型训练所用影像有 {model} 个波段，而此栅格有 {raster} 个；请对相同产品和波段布局的影像进行分类，或把 SENSOR 设为此影像的产品（模型的特征为按波段角色的反射率，其他传感器的影像按其自身的预设读取）。</translation>
        </message>
        <message>
            <source>The model was trained on the features {model}, but this image, read with its preset, gives {image}{missing}: the model cannot classify it. Choose the image's preset (or the Custom band numbers of every band the model uses).</source>
            <translation>模型训练所用的特征为 {model}，而按其预设读取的此影像给出 {image}{missing}：模型无法对其分类。请选择影像对应的预设（或给出模型所用全部波段的自定义波段编号）。</translation>
        </message>
        <message>
            <source>The monitoring period ending in {end} lies outside the crediting period {start}-{last}.</source>
            <translation>结束于 {end} 的监测期位于计入期 {start}-{last} 之外。</translation>
        </message>
        <message>
            <source>The monitoring period {start}-{end} runs past the last observed map ({observed}): its years would be partly observed and partly projected. End a monitoring period in {observed}.</source>
            <translation>监测期 {start}-{end} 超出了最后一幅观测地图（{observed}）：其年份将部分为观测、部分为预测。请让一个监测期在 {observed} 结束。</translation>
        </message>
        <message>
            <source>The Monte Carlo draws of the {what} contain values that are not finite numbers.</source>
            <translation>{what}的蒙特卡罗抽样中含有不是有限数值的值。</translation>
        </message>
        <message>
            <source>The Monte Carlo run was cut from {asked} to {ran} draws to keep memory bounded ({rows} rows of ground x {years} years).</source>
            <translation>为控制内存，蒙特卡罗抽样次数从 {asked} 减少到 {ran}（{rows} 行土地 × {years} 年）。</translation>
        </message>
        <message>
            <source>the net after leakage</source>
            <translation>扣除泄漏后的净量</translation>
        </message>
        <message>
            <source>The nodata value {nodata} of every map is the plugin's class {nodata} ({name}): that class is read as no data on every date and cannot appear in any transition. If the maps use the plugin's classes, set their nodata value to 0 (gdal_edit.py -a_nodata 0) and run again.</source>
            <translation>每幅分类图的无数据值 {nodata} 都是本插件的类型 {nodata}（{name}）：该类型在每个日期都被读作无数据，不会出现在任何类型转换中。如果这些分类图使用本插件的类型，请将其无数据值设为 0（gdal_edit.py -a_nodata 0）后重新运行。</translation>
        </message>
        <message>
            <source>The nodata value {nodata} of the {year} map is a class on the {other} map(s): on {year} those pixels are read as no data, so their transitions are missing. Give the {year} map a nodata value that is no class (gdal_edit.py -a_nodata &lt;value&gt;) and run again.</source>
            <translation>{year} 年分类图的无数据值 {nodata} 在 {other} 年分类图中是一个类型：这些像元在 {year} 年被读作无数据，其类型转换因而缺失。请为 {year} 年分类图设置一个不是类型的无数据值（gdal_edit.py -a_nodata &lt;值&gt;）后重新运行。</translation>
        </message>
        <message>
            <source>The PDF statement is printed on the application's main thread.</source>
            <translation>PDF 说明在应用程序主线程上打印。</translation>
        </message>
        <message>
            <source>The PDF statement {path} could not be written: {reason}</source>
            <translation>无法写出 PDF 说明 {path}：{reason}</translation>
        </message>
        <message>
            <source>the period</source>
            <translation>该时期</translation>
        </message>
        <message>
            <source>The point estimate of {what} for {area} lies outside the 2.5-97.5 percentiles of its Monte Carlo draws; the interval shown was widened to include it.</source>
            <translation>{area} 的 {what} 点估计位于其蒙特卡罗抽样的 2.5–97.5 百分位之外；所示区间已扩展以包含它。</translation>
        </message>
        <message>
            <source>The price table has no price for the year(s) {years}; it needs every year from the baseline {first} to {last}.</source>
            <translation>价格表缺少年份 {years} 的价格；需要从基准年 {first} 到 {last} 的每一年。</translation>
        </message>
        <message>
            <source>the product's standard band order ({order})</source>
            <translation>产品的标准波段顺序（{order}）</translation>
        </message>
        <message>
            <source>The project and baseline tables must list the same areas; only in the project: {p}; only in the baseline: {b}.</source>
            <translation>项目表和基线表须列出相同的区域；仅在项目表中：{p}；仅在基线表中：{b}。</translation>
        </message>
        <message>
            <source>The project area layer</source>
            <translation>项目区图层</translation>
        </message>
        <message>
            <source>The project's first map is of {p} but the baseline's of {b}. Both scenarios start from the same ground in the same year: give the baseline a map of {p} (usually the project's own first map) or start the project's maps in {b}.</source>
            <translation>项目的第一幅地图为 {p} 年，而基线的为 {b} 年。两个情景须在同一年份从同一片土地开始：请为基线提供 {p} 年的地图（通常就是项目自己的第一幅地图），或让项目的地图从 {b} 年开始。</translation>
        </message>
        <message>
            <source>the project's non-permanence risk rating from Verra's AFOLU Non-Permanence Risk Tool v4.2 (12 October 2023, required from 1 January 2024, includes sea-level rise; verra.org/verra-releases-updated-afolu-non-permanence-risk-tool)</source>
            <translation>项目的非持久性风险评级，来自 Verra 的 AFOLU 非持久性风险工具 v4.2（2023 年 10 月 12 日发布，2024 年 1 月 1 日起强制使用，包含海平面上升；verra.org/verra-releases-updated-afolu-non-permanence-risk-tool）</translation>
        </message>
        <message>
            <source>The proportional allocation with a minimum per class usually misses the target standard error at eq. 13's sample size; when checked, the total is raised until the anticipated standard error of the allocation drawn meets the target. Ignored when a total sample size is given.</source>
            <translation>按比例分配并设每类最小样本量时，公式13的样本量通常达不到目标标准误；勾选后，总样本量会增大，直至实际分配的预期标准误达到目标。给定总样本量时忽略此项。</translation>
        </message>
        <message>
            <source>The raster {path} has a coordinate reference system but no georeferencing (no geotransform): its cells have no position. Georeference it, or warp it with gdalwarp, and run again.</source>
            <translation>栅格 {path} 有坐标参考系但没有地理配准（没有地理变换参数）：其像元没有位置。请对其进行地理配准，或用 gdalwarp 重采样后重新运行。</translation>
        </message>
        <message>
            <source>The raster {path} has a negative pixel width (its columns run from east to west); warp it to a north-up grid first (gdalwarp {path} north_up.tif).</source>
            <translation>栅格 {path} 的像元宽度为负（其列由东向西排列）；请先将其重采样为北向朝上的格网（gdalwarp {path} north_up.tif）。</translation>
        </message>
        <message>
            <source>The raster {path} has a pixel size of zero in its geotransform; fix its georeferencing and run again.</source>
            <translation>栅格 {path} 的地理变换中像元大小为零；请修正其地理配准后重新运行。</translation>
        </message>
        <message>
            <source>The raster {path} has no coordinate reference system. Assign one (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
            <translation>栅格 {path} 没有坐标参考系。请为其指定坐标参考系（栅格 &gt; 投影 &gt; 指定投影）后重新运行。</translation>
        </message>
        <message>
            <source>The raster {path} has {count} band(s), but the {role} band is set to {band}. Check the band numbers.</source>
            <translation>栅格 {path} 有 {count} 个波段，但 {role} 波段被设为 {band}。请检查波段编号。</translation>
        </message>
        <message>
            <source>The raster {path} has {count} band(s); band {band} does not exist.</source>
            <translation>栅格 {path} 有 {count} 个波段；波段 {band} 不存在。</translation>
        </message>
        <message>
            <source>The raster {path} is georeferenced only by {n} ground control points (GCPs), not by a regular grid, so its cells have no fixed position or size. Warp it onto a grid first, for example gdalwarp -r near {path} warped.tif (nearest neighbour keeps the class values; add -t_srs EPSG:&lt;code&gt; to choose the grid's CRS; in QGIS: Raster &gt; Projections &gt; Warp), and run on the warped raster.</source>
            <translation>栅格 {path} 仅由 {n} 个地面控制点（GCP）进行地理配准，而非规则格网，因此其像元没有固定的位置和大小。请先将其重采样到格网上，例如 gdalwarp -r near {path} warped.tif（最近邻法保留类型值；加上 -t_srs EPSG:&lt;代码&gt; 可选择格网的坐标参考系；在 QGIS 中：栅格 &gt; 投影 &gt; 变形（重投影）），然后对重采样后的栅格运行。</translation>
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
            <source>The raster's bands ({raster}) differ from the bands the model was trained on ({model}). If the image is of another product, set SENSOR to its preset.</source>
            <translation>栅格波段（{raster}）与模型训练所用波段（{model}）不同。如果影像属于其他产品，请把 SENSOR 设为其预设。</translation>
        </message>
        <message>
            <source>The raster's CRS ({crs}) gives no valid area scale over the raster; reproject the habitat raster to a projected or geographic CRS that covers it.</source>
            <translation>栅格的坐标参考系（{crs}）在栅格范围内无法给出有效的面积比例；请将生境栅格重投影到覆盖该范围的投影或地理坐标系。</translation>
        </message>
        <message>
            <source>The reference grid {path} has no coordinate reference system. Assign one and run again.</source>
            <translation>参考网格 {path} 没有坐标参考系。请为其指定坐标参考系后重新运行。</translation>
        </message>
        <message>
            <source>The reference image's preset. With Custom, its bands are found by descriptions naming their role and scaled by its own GDAL scale and offset; the Custom band numbers and scale above apply to the target only.</source>
            <translation>参考影像的预设。选自定义时，按注明角色的波段描述查找其波段，并用其自身的 GDAL 比例系数和偏移缩放；上方的自定义波段编号和比例系数只用于目标影像。</translation>
        </message>
        <message>
            <source>The reference point layer</source>
            <translation>参考点图层</translation>
        </message>
        <message>
            <source>The reference point layer has no field {field}; its fields are: {fields}. On a transition map give the reference class at each date in two fields (REF_FROM_FIELD and REF_TO_FIELD; the sampling design writes ref_from and ref_to), or pairs such as 3&gt;1 in the reference class field.</source>
            <translation>参考点图层没有字段 {field}；其字段为：{fields}。对转换图，请在两个字段中给出每个日期的参考类型（REF_FROM_FIELD 和 REF_TO_FIELD；抽样设计写出的是 ref_from 和 ref_to），或在参考类型字段中给出 3&gt;1 这样的类型对。</translation>
        </message>
        <message>
            <source>The reference points record different buffer widths (field buffer_px: {widths}): they come from different sampling designs, which cannot be assessed together.</source>
            <translation>参考点记录了不同的缓冲宽度（buffer_px 字段：{widths}）：它们来自不同的抽样设计，不能一起评价。</translation>
        </message>
        <message>
            <source>The reference sample has no point on the map transition(s) {pairs}: their mapped area is kept unadjusted (no error can be estimated for them). Add sample points there.</source>
            <translation>参考样本在地图转换 {pairs} 上没有点：其制图面积保持不变、未作校正（无法估计其误差）。请在那里增加样本点。</translation>
        </message>
        <message>
            <source>The reference sample labels class(es) {missing}, which the area adjustment moves into the areas, but the density table {path} has no row for them. Add rows for these classes to the table, or set 'Classes missing from the table' to count them as carbon-free.</source>
            <translation>参考样本标注了类型 {missing}，面积校正会把它们移入区域，但碳密度表 {path} 中没有这些类型的行。请在表中为这些类型添加行，或将“碳密度表中缺少的类型”设为“按零碳计入并报告其面积”。</translation>
        </message>
        <message>
            <source>The reference sample labels the transition {src} -&gt; {dst} (codes {a} -&gt; {b}) on {n} point(s), but its cell in the transition table is empty, so its carbon cannot be computed. Fill it with accum, low-impact-disturb, med-impact-disturb, high-impact-disturb or NCC, or check the labels. Transitions without a cell: {all}.</source>
            <translation>参考样本在 {n} 个点上标注了转换 {src} -&gt; {dst}（代码 {a} -&gt; {b}），但该转换在转换表中的单元格为空，因此无法计算其碳量。请填入 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb 或 NCC，或检查标注。没有单元格的转换：{all}。</translation>
        </message>
        <message>
            <source>The restored area layer</source>
            <translation>修复区域图层</translation>
        </message>
        <message>
            <source>The restored area layer {name} is neither polygons nor a raster.</source>
            <translation>修复区域图层 {name} 既不是多边形也不是栅格。</translation>
        </message>
        <message>
            <source>The restored-area raster {path} has no coordinate reference system; assign one and run again.</source>
            <translation>修复区域栅格 {path} 没有坐标参考系；请指定后再运行。</translation>
        </message>
        <message>
            <source>The run was canceled; no output was written.</source>
            <translation>运行已取消；未写出任何输出。</translation>
        </message>
        <message>
            <source>The same by monitoring period (period_start, period_last); on the project's rows the cumulative deductions, the cumulative net, what was issued before and what is issued.</source>
            <translation>按监测期（period_start、period_last）给出同样内容；项目行另有累计扣减、累计净量、此前已签发量和本期签发量。</translation>
        </message>
        <message>
            <source>The same seed draws the same sample.</source>
            <translation>相同的随机种子抽取相同的样本。</translation>
        </message>
        <message>
            <source>The same seed gives the same intervals.</source>
            <translation>相同的随机种子给出相同的区间。</translation>
        </message>
        <message>
            <source>The same seed trains the same model.</source>
            <translation>相同的随机种子训练出相同的模型。</translation>
        </message>
        <message>
            <source>The same statement on A4 pages, fonts embedded, to print and sign.</source>
            <translation>同一份说明的 A4 页面版本，已嵌入字体，可打印和签字。</translation>
        </message>
        <message>
            <source>The same table for the scenario without the project.</source>
            <translation>无项目情景的同类表。</translation>
        </message>
        <message>
            <source>The sample is stratified by transition with a buffer stratum of stable pixels next to mapped change, so its strata are not the map classes: the estimators are Stehman's (2014) for that case. Mapped areas are true areas on the ellipsoid.</source>
            <translation>样本按转换分层，并设有由已制图变化旁的稳定像元组成的缓冲层，因此层与分类图类型不一致：估计量采用 Stehman（2014）针对这种情况的估计量。制图面积为椭球面上的真实面积。</translation>
        </message>
        <message>
            <source>The sand polygon layer</source>
            <translation>沙底面图层</translation>
        </message>
        <message>
            <source>The sand polygons cover no pixel of the image: check their coordinate reference system ({crs}; the image is in {image_crs}).</source>
            <translation>沙底多边形未覆盖影像的任何像元：请检查其坐标参考系（{crs}；影像为 {image_crs}）。</translation>
        </message>
        <message>
            <source>The sand polygons cover {n} usable water pixels; draw them over at least 10 pixels of bright sand bottom at varying depth.</source>
            <translation>沙底面只覆盖 {n} 个可用的水体像元；请在不同水深的亮沙底上绘制至少10个像元。</translation>
        </message>
        <message>
            <source>The sand sample gives no covariance between blue and green; draw it over sand at varying depth.</source>
            <translation>沙底样本的蓝、绿波段之间没有协方差；请在不同水深的沙底上绘制样本。</translation>
        </message>
        <message>
            <source>The sand's radiance does not fall with depth (slopes {sb:.3f} and {sg:.3f} per m for blue and green): the attenuation ratio is taken from the sand's variance instead.</source>
            <translation>沙底辐亮度没有随水深下降（蓝光和绿光斜率分别为每米 {sb:.3f} 和 {sg:.3f}）：衰减比改由沙底方差法求得。</translation>
        </message>
        <message>
            <source>the sand's variance</source>
            <translation>沙底方差法</translation>
        </message>
        <message>
            <source>The scale is negative ({scale}); reflectance = DN × scale + offset needs a positive scale.</source>
            <translation>比例系数为负（{scale}）；反射率 = DN × 比例系数 + 偏移量 需要正的比例系数。</translation>
        </message>
        <message>
            <source>The scale is {scale}: every pixel would get the same reflectance and every index would be nodata. Give the scale that turns DN into reflectance (for example 0.0001).</source>
            <translation>比例系数为 {scale}：每个像元的反射率都相同，所有指数都将是无数据。请给出把 DN 转为反射率的比例系数（例如 0.0001）。</translation>
        </message>
        <message>
            <source>The scheduler '{value}' is not understood. Leave it empty to use every core of this machine, give 0 to run in this process, or give a Dask scheduler address such as tcp://host:8786.</source>
            <translation>无法识别调度器“{value}”。留空以使用本机全部核心，填 0 在本进程内运行，或填写 Dask 调度器地址，例如 tcp://host:8786。</translation>
        </message>
        <message>
            <source>The Sentinel-2 offset cannot be decided: the file carries no BOA_ADD_OFFSET or processing baseline, and its SWIR bands have no dark water to tell (darkest 1% at {floor:.0f} DN). Set the Sentinel-2 processing baseline (S2_BASELINE=1 before 04.00, S2_BASELINE=2 for 04.00 or later, including the 2015–2021 Collection-1 reprocessing).</source>
            <translation>无法确定 Sentinel-2 偏移：文件没有 BOA_ADD_OFFSET 或处理基线信息，其 SWIR 波段也没有可供判断的暗水体（最暗 1% 在 {floor:.0f} DN）。请设置 Sentinel-2 处理基线（04.00 之前为 S2_BASELINE=1；04.00 或以后，包括 2015–2021 年 Collection-1 重处理产品，为 S2_BASELINE=2）。</translation>
        </message>
        <message>
            <source>The sink has not been verified: the statement says so.</source>
            <translation>碳汇未经核证：声明中会说明这一点。</translation>
        </message>
        <message>
            <source>The sink layer {name} has neither removal_tco2e_yr nor uptake_tco2e_yr; use the output of the mariculture removal or carbon stocks tool.</source>
            <translation>碳汇图层 {name} 既没有 removal_tco2e_yr 也没有 uptake_tco2e_yr；请使用海水养殖碳移出或碳储量工具的输出。</translation>
        </message>
        <message>
            <source>The sink layer {name} has no features: it adds nothing to the sinks. Give a layer with farms or areas, or leave it out.</source>
            <translation>碳汇图层 {name} 没有要素：对碳汇没有贡献。请提供含养殖区或区域的图层，或不使用它。</translation>
        </message>
        <message>
            <source>The sinks add up to 0 t CO2e per year: nothing can be credited.</source>
            <translation>碳汇合计为每年 0 t CO2e：无可计入。</translation>
        </message>
        <message>
            <source>The sinks add up to {value:.3f} t CO2e per year, a net source: nothing can be credited against the emission (the 'net of calcification' method counts shell formation as a CO2 source).</source>
            <translation>碳汇合计为每年 {value:.3f} t CO2e，是净排放源：无法抵消任何排放（“扣除钙化”方法把贝壳形成计为 CO2 源）。</translation>
        </message>
        <message>
            <source>The sinks cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a coverage of {p} and a surplus of {s:,.1f} t CO2e.</source>
            <translation>碳汇可以抵消排放：计入 {c:,.1f} t CO2e，排放 {e:,.1f} t CO2e，覆盖率 {p}，盈余 {s:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>The sinks do not cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a coverage of {p} and a deficit of {d:,.1f} t CO2e.</source>
            <translation>碳汇不能抵消排放：计入 {c:,.1f} t CO2e，排放 {e:,.1f} t CO2e，覆盖率 {p}，缺口 {d:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>The snapshot year(s) {years} appear more than once; each snapshot needs its own year.</source>
            <translation>快照年份 {years} 出现了不止一次；每个快照须有各自的年份。</translation>
        </message>
        <message>
            <source>The snapshot years {years} are not in increasing order; list the snapshots from the oldest to the newest.</source>
            <translation>快照年份 {years} 不是递增顺序；请按从早到晚列出快照。</translation>
        </message>
        <message>
            <source>The snapshots have class value(s) {codes} that the lookup table does not name; add a row (code, lulc-class, is_coastal_blue_carbon_habitat) for each.</source>
            <translation>快照中有查找表未命名的类型值 {codes}；请为每个值添加一行（code、lulc-class、is_coastal_blue_carbon_habitat）。</translation>
        </message>
        <message>
            <source>The snapshots have class(es) {classes} that the biophysical table {path} lacks; add a row for each (code, lulc-class and the pool columns).</source>
            <translation>快照中有生物物理参数表 {path} 缺少的类型 {classes}；请为每个类型添加一行（code、lulc-class 及各碳库列）。</translation>
        </message>
        <message>
            <source>the stock change (VM0033 as Guardian digitises it)</source>
            <translation>碳储量变化（Guardian 对 VM0033 的数字化实现）</translation>
        </message>
        <message>
            <source>The stock density raster uses the {zone} rows.</source>
            <translation>碳储量密度栅格采用{zone}行。</translation>
        </message>
        <message>
            <source>The strata are measured in this process: the cluster's workers cannot read the temporary stratum raster.</source>
            <translation>各层面积在本进程中量算：集群的工作进程无法读取临时的分层栅格。</translation>
        </message>
        <message>
            <source>The table of a transition map whose GeoTIFF metadata and neighbouring CSV are missing (columns value, from_class, to_class, from_year, to_year, change, label). When given, the map is read as a transition map.</source>
            <translation>转换图的转换表，用于其 GeoTIFF 元数据和旁边的 CSV 都缺失的情况（列为 value、from_class、to_class、from_year、to_year、change、label）。给出时，该图按转换图读取。</translation>
        </message>
        <message>
            <source>The table of a transition map whose GeoTIFF metadata and neighbouring CSV are missing. When given, the map is read as a transition map.</source>
            <translation>转换图的转换表，用于其 GeoTIFF 元数据和旁边的 CSV 都缺失的情况。给出时，该图按转换图读取。</translation>
        </message>
        <message>
            <source>The target is on the reference grid already: no resampling.</source>
            <translation>目标影像已在参考网格上：不重采样。</translation>
        </message>
        <message>
            <source>The target is resampled onto the reference grid ({crs}, {dx:g} × {dy:g}) with: {how}.</source>
            <translation>目标影像重采样到参考网格（{crs}，{dx:g} × {dy:g}），方法：{how}。</translation>
        </message>
        <message>
            <source>The target standard error must be between 0 and 1 (got {value}).</source>
            <translation>目标标准误必须在0与1之间（当前为 {value}）。</translation>
        </message>
        <message>
            <source>The total is negative: under this method the farms are a net CO2 source.</source>
            <translation>总量为负：按此方法，这些养殖区是 CO2 的净排放源。</translation>
        </message>
        <message>
            <source>The total sample size given ({n}) anticipates a standard error of {ase:.4f}, above the target {se}.</source>
            <translation>给定的总样本量（{n}）预期标准误为 {ase:.4f}，高于目标 {se}。</translation>
        </message>
        <message>
            <source>The trained model (safe format, see above).</source>
            <translation>训练好的模型（安全格式，见上）。</translation>
        </message>
        <message>
            <source>The training layer</source>
            <translation>训练样本图层</translation>
        </message>
        <message>
            <source>The training samples hold only one class ({cls}); a classifier needs at least two.</source>
            <translation>训练样本只有一个类型（{cls}）；分类器至少需要两个类型。</translation>
        </message>
        <message>
            <source>The transition map would write {path}, which is {name} ({given}); nothing was run. Give the transition map or the cleaned maps' folder another name.</source>
            <translation>转换图将写入 {path}，而它是 {name}（{given}）；未运行任何处理。请为转换图或清理后分类图的文件夹另取名称。</translation>
        </message>
        <message>
            <source>The transition map {path} holds value(s) {bad} that its transition table ({source}) does not list. The table must have one row for every value of the map; write the transition map and its table again.</source>
            <translation>转换图 {path} 含有其转换表（{source}）未列出的值 {bad}。转换表须为图中每个值各列一行；请重新生成转换图及其转换表。</translation>
        </message>
        <message>
            <source>The transition {src} -&gt; {dst} (codes {a} -&gt; {b}) occurs on {n} pixels between {y0} and {y1}, but its cell in the transition table is empty. Fill it with accum, low-impact-disturb, med-impact-disturb, high-impact-disturb or NCC (the transition template lists every pair that occurs).</source>
            <translation>转换 {src} -&gt; {dst}（代码 {a} -&gt; {b}）在 {y0} 至 {y1} 年间发生于 {n} 个像元，但转换表中对应单元格为空。请填写 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb 或 NCC（转换表模板列出了所有发生的类型对）。</translation>
        </message>
        <message>
            <source>The transition {src} -&gt; {dst} (codes {a} -&gt; {b}) occurs on {n} pixels of the {scenario} scenario between {y0} and {y1}, but its cell in the transition table is empty. Fill it with accum, low-impact-disturb, med-impact-disturb, high-impact-disturb or NCC.</source>
            <translation>转换 {src} -&gt; {dst}（代码 {a} -&gt; {b}）在{scenario}情景中 {y0} 至 {y1} 年间出现于 {n} 个像元，但转换表中该单元格为空。请填写 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb 或 NCC。</translation>
        </message>
        <message>
            <source>The uncertainty error must be a percentage of 0 or more; got {value}.</source>
            <translation>不确定性误差必须是 0 或更大的百分比；实际为 {value}。</translation>
        </message>
        <message>
            <source>the whole raster</source>
            <translation>整幅栅格</translation>
        </message>
        <message>
            <source>The workers of the Dask cluster at {address} were lost during the run, and with them the data every piece needs, so the run stopped and wrote no output. Start dask-worker processes connected to this scheduler, then run again (with the scheduler left empty, new local workers are started); or set the scheduler to 0 to run in this process.</source>
            <translation>{address} 处 Dask 集群的工作进程在运行中丢失，每块工作所需的数据也随之丢失，因此运行已停止，未写出任何输出。请启动连接到该调度器的 dask-worker 进程后重新运行（调度器留空时会启动新的本地工作进程）；或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>The year after the last year of the crediting period, as saved models give it; prefer the last year above.</source>
            <translation>计入期最后一年的下一年，即已保存模型的给法；建议使用上面的最后一年。</translation>
        </message>
        <message>
            <source>The year of the last project map that is an observation (later maps are projections). Empty: the project's last map.</source>
            <translation>最后一幅为观测的项目地图的年份（之后的地图为预测）。留空：项目的最后一幅地图。</translation>
        </message>
        <message>
            <source>The years must be consecutive and increasing; got {years}.</source>
            <translation>年份必须连续且递增；实际为 {years}。</translation>
        </message>
        <message>
            <source>The zones with farm_id, species_key, area_ha, yield_t, tc_per_t, removal_tc_yr, removal_tco2e_yr and its 95% interval (empty without bounds), method, and the coefficients' source and verification status.</source>
            <translation>各养殖区，带 farm_id、species_key、area_ha、yield_t、tc_per_t、removal_tc_yr、removal_tco2e_yr 及其 95% 区间（无界限时为空）、方法，以及系数的来源和核实状态。</translation>
        </message>
        <message>
            <source>The {scenario} scenario has no map of {year}: its map of {prev} is carried to {year} so that both scenarios change in the same years, which makes the transition {src} -&gt; {dst} (codes {a} -&gt; {b}) occur on {n} pixels; its cell in the transition table is empty. Fill it (usually as the project scenario's maps fill it).</source>
            <translation>{scenario}情景没有 {year} 年的地图：其 {prev} 年的地图被沿用到 {year} 年，使两个情景在相同年份发生变化，因此转换 {src} -&gt; {dst}（代码 {a} -&gt; {b}）出现在 {n} 个像元上；转换表中该单元格为空。请填写（通常与项目情景的地图所需相同）。</translation>
        </message>
        <message>
            <source>The {scenario} table has no period covering the year {year} for area {area}; the crediting period {start}-{last} must lie within both scenarios' years.</source>
            <translation>{scenario}表中区域 {area} 没有覆盖 {year} 年的时段；计入期 {start}-{last} 必须位于两个情景的年份之内。</translation>
        </message>
        <message>
            <source>The {sensor} preset expects the product's band order ({full} bands: {order}) or band descriptions naming the bands. This raster has {count} band(s); its descriptions name {found}, not {missing}. Name the bands in their descriptions (for example 'B4'), stack the full product, or use the Custom sensor with band numbers.</source>
            <translation>{sensor} 预设需要产品的波段顺序（{full} 个波段：{order}）或能说明波段名称的波段描述。此栅格有 {count} 个波段；其描述给出了 {found}，缺少 {missing}。请在波段描述中写明波段名称（例如“B4”），堆叠完整产品，或使用自定义传感器并给出波段编号。</translation>
        </message>
        <message>
            <source>The {what} has no coefficients for {species} ('{name}'): {reason}</source>
            <translation>{what}中没有 {species}（“{name}”）的系数：{reason}</translation>
        </message>
        <message>
            <source>The {what} has no rows.</source>
            <translation>{what}没有数据行。</translation>
        </message>
        <message>
            <source>The {what} lacks the field {field}; give the change table written by 'Carbon stock change over time'.</source>
            <translation>{what}缺少字段 {field}；请提供“碳储量随时间的变化”输出的变化表。</translation>
        </message>
        <message>
            <source>The {what} percentage must be between 0 and 100; got {value}.</source>
            <translation>{what}比例必须在 0 到 100 之间；实际为 {value}。</translation>
        </message>
        <message>
            <source>The {what} {path} has a header but no rows.</source>
            <translation>{what} {path} 只有表头，没有数据行。</translation>
        </message>
        <message>
            <source>The {what} {path} has none of the required columns ({required}). Its header row, read as {encoding} text separated by {separator}, gives the column(s): {found}. The separator or the encoding is probably the problem: save the table as CSV UTF-8 (comma, semicolon or tab separated), with the column names in its first row.</source>
            <translation>{what} {path} 没有任何必需的列（{required}）。按 {encoding} 编码、以{separator}分隔读取时，其表头行得到的列为：{found}。问题很可能出在分隔符或编码上：请将该表另存为 CSV UTF-8（以逗号、分号或制表符分隔），并把列名放在第一行。</translation>
        </message>
        <message>
            <source>The {what} {path} has the code {code} twice; each code must appear once.</source>
            <translation>{what} {path} 中代码 {code} 出现两次；每个代码只能出现一次。</translation>
        </message>
        <message>
            <source>The {what} {path} has the lulc-class '{name}' twice (codes {a} and {b}); class names must be unique because the transition table refers to them.</source>
            <translation>{what} {path} 中 lulc-class“{name}”出现两次（代码 {a} 和 {b}）；转换表按名称引用类型，因此名称须唯一。</translation>
        </message>
        <message>
            <source>The {what} {path} is empty.</source>
            <translation>{what} {path} 为空。</translation>
        </message>
        <message>
            <source>The {what} {path} is neither UTF-8 nor GB18030 (GBK) text; save it as CSV UTF-8.</source>
            <translation>{what} {path} 既不是 UTF-8 也不是 GB18030（GBK）编码的文本；请将其另存为 CSV UTF-8。</translation>
        </message>
        <message>
            <source>The {what} {path} is not UTF-8; it was read as {encoding} text (GB18030 includes GBK, the encoding of Chinese Windows). Check its Chinese text in the outputs, or save it as CSV UTF-8.</source>
            <translation>{what} {path} 不是 UTF-8 编码；已按 {encoding} 文本读取（GB18030 包含中文 Windows 使用的 GBK 编码）。请检查输出中的中文文字，或将其另存为 CSV UTF-8。</translation>
        </message>
        <message>
            <source>The {what} {path} is separated by {separator}; it was read so.</source>
            <translation>{what} {path} 以{separator}分隔，已按此读取。</translation>
        </message>
        <message>
            <source>The {what} {path} lacks the column(s) {missing}. Required columns: {required}.</source>
            <translation>{what} {path} 缺少列：{missing}。必需的列：{required}。</translation>
        </message>
        <message>
            <source>The {what} {path} lists the year {year} twice (rows {a} and {b}); each snapshot year must appear once.</source>
            <translation>{what} {path} 两次列出 {year} 年（第 {a} 和 {b} 行）；每个快照年份只能出现一次。</translation>
        </message>
        <message>
            <source>The {what} {path} must have 'lulc-class' as its first column header (found '{first}').</source>
            <translation>{what} {path} 的第一列表头须为“lulc-class”（实为“{first}”）。</translation>
        </message>
        <message>
            <source>The {what} {path} writes decimals with a comma (such as {value}); they were read as decimal points.</source>
            <translation>{what} {path} 用逗号书写小数（例如 {value}）；这些逗号已按小数点读取。</translation>
        </message>
        <message>
            <source>The {what} {source} gives the transition {a} → {b} twice (rows {first} and {row}).</source>
            <translation>{what} {source} 两次给出转换 {a} → {b}（第 {first} 行和第 {row} 行）。</translation>
        </message>
        <message>
            <source>The {what} {source} gives value {value} twice (rows {first} and {row}).</source>
            <translation>{what} {source} 两次给出值 {value}（第 {first} 行和第 {row} 行）。</translation>
        </message>
        <message>
            <source>The {what} {source} has no rows.</source>
            <translation>{what} {source} 没有数据行。</translation>
        </message>
        <message>
            <source>The {what} {source} is not valid JSON ({error}); write the transition raster again, or remove the metadata item so that the CSV beside the raster is read.</source>
            <translation>{what} {source} 不是有效的 JSON（{error}）；请重新生成转换栅格，或删除该元数据项，以便读取栅格旁的 CSV。</translation>
        </message>
        <message>
            <source>The {what} {source} must be a JSON list of rows, each an object with the keys {keys}.</source>
            <translation>{what} {source} 必须是由行组成的 JSON 列表，每一行是带有键 {keys} 的对象。</translation>
        </message>
        <message>
            <source>The {what}'s header row has a column '{name}' that is not a lulc-class of the biophysical table {bio}.</source>
            <translation>{what}的表头中有一列“{name}”不是生物物理参数表 {bio} 中的 lulc-class。</translation>
        </message>
        <message>
            <source>The {year} snapshot ({path}) is not on the grid of the {base} snapshot ({base_path}): {what}. All snapshots must share one grid. Align it onto the {base} grid with nearest neighbour (classes stay classes), for example: gdalwarp -r near -t_srs "{crs}" -te {xmin} {ymin} {xmax} {ymax} -tr {dx} {dy} {path} {year}_aligned.tif (in QGIS: Raster › Projections › Warp, with that extent and resolution), and run again with the aligned map.</source>
            <translation>{year} 年快照（{path}）不在 {base} 年快照（{base_path}）的网格上：{what}。所有快照须使用同一网格。请用最近邻法将其对齐到 {base} 年的网格（类型值保持不变），例如：gdalwarp -r near -t_srs "{crs}" -te {xmin} {ymin} {xmax} {ymax} -tr {dx} {dy} {path} {year}_aligned.tif（在 QGIS 中：栅格 › 投影 › 变形（重投影），使用该范围和分辨率），然后用对齐后的分类图重新运行。</translation>
        </message>
        <message>
            <source>These are accuracies on the training pixels (out-of-bag or cross-validated), which are usually optimistic because neighbouring pixels are alike; assess the final map with an independent stratified sample (accuracy assessment tool).</source>
            <translation>这些是训练像元上的精度（袋外或交叉验证），由于相邻像元相似，通常偏乐观；请用独立的分层样本评价最终地图（精度评价工具）。</translation>
        </message>
        <message>
            <source>These classes have fewer than {min} training pixels: {few}. Add samples or remove the classes.</source>
            <translation>以下类型的训练像元少于 {min} 个：{few}。请增加样本或删除这些类型。</translation>
        </message>
        <message>
            <source>This algorithm needs the Python package '{pip}', which QGIS cannot import ({error}). Install it and restart QGIS: on Debian or Ubuntu run 'sudo apt install {deb}'; on Windows open the OSGeo4W Shell and run 'python -m pip install {pip}'; on macOS run '/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {pip}'.</source>
            <translation>此算法需要 Python 包“{pip}”，但 QGIS 无法导入（{error}）。请安装后重启 QGIS：Debian 或 Ubuntu 上运行“sudo apt install {deb}”；Windows 上打开 OSGeo4W Shell 运行“python -m pip install {pip}”；macOS 上运行“/Applications/QGIS.app/Contents/MacOS/bin/pip3 install {pip}”。</translation>
        </message>
        <message>
            <source>This model was trained with XGBoost, which QGIS cannot import. Install it (Debian/Ubuntu: sudo apt install python3-xgboost; OSGeo4W Shell: python -m pip install xgboost) and restart QGIS.</source>
            <translation>此模型使用 XGBoost 训练，但 QGIS 无法导入它。请安装（Debian/Ubuntu：sudo apt install python3-xgboost；OSGeo4W Shell：python -m pip install xgboost）后重启 QGIS。</translation>
        </message>
        <message>
            <source>This statement follows the structure of China's guideline for carbon-neutral large events ({guideline}, Ministry of Ecology and Environment, 2019): the emission sources of the event, their activity data and emission factors, the emissions by category, the sink used to offset them, the buffer, the balance and the verification status of the sink.</source>
            <translation>本声明按照生态环境部 2019 年发布的《{guideline}》的结构编写：活动的排放源、活动水平数据和排放因子、分类别排放量、用于抵消的碳汇、缓冲、平衡以及碳汇的核证状态。</translation>
        </message>
        <message>
            <source>tidal flat</source>
            <translation>潮滩</translation>
        </message>
        <message>
            <source>Tissue carbon only (conservative)</source>
            <translation>仅软组织碳（保守）</translation>
        </message>
        <message>
            <source>tissue carbon only (conservative)</source>
            <translation>仅软组织碳（保守）</translation>
        </message>
        <message>
            <source>tissue carbon − ψ × shell carbon (calcification as a CO2 source: Munari et al. 2013, Filgueira et al. 2015)</source>
            <translation>软组织碳 − ψ × 贝壳碳（钙化作为 CO2 源：Munari 等 2013，Filgueira 等 2015）</translation>
        </message>
        <message>
            <source>Tissue − ψ × shell carbon: calcification as a CO2 source (Munari et al. 2013, Filgueira et al. 2015)</source>
            <translation>软组织 − ψ × 贝壳碳：钙化作为 CO2 源（Munari 等 2013，Filgueira 等 2015）</translation>
        </message>
        <message>
            <source>To</source>
            <translation>转入类型</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Total carbon stock (t C)</source>
            <translation>总碳储量（t C）</translation>
        </message>
        <message>
            <source>Total carbon stock on area-adjusted areas (t CO2e)</source>
            <translation>面积校正后的碳储量合计（t CO2e）</translation>
        </message>
        <message>
            <source>Total carbon stock on area-adjusted areas, 95% high (t CO2e)</source>
            <translation>面积校正后的碳储量合计，95% 上限（t CO2e）</translation>
        </message>
        <message>
            <source>Total carbon stock on area-adjusted areas, 95% low (t CO2e)</source>
            <translation>面积校正后的碳储量合计，95% 下限（t CO2e）</translation>
        </message>
        <message>
            <source>Total carbon stock {s} t CO2e (point estimate from the central densities; Monte Carlo median {m}, 95% interval {i}); yearly uptake {u} t CO2e/yr on the {basis} (median {um}, 95% interval {ui}). The headline values are the point estimates.</source>
            <translation>碳储量合计 {s} t CO2e（由密度中心值得到的点估计；蒙特卡罗中位数 {m}，95% 区间 {i}）；年吸收量 {u} t CO2e/yr，基础为{basis}（中位数 {um}，95% 区间 {ui}）。标题数值为点估计。</translation>
        </message>
        <message>
            <source>Total emissions</source>
            <translation>排放总量</translation>
        </message>
        <message>
            <source>Total harvest (t fresh weight per year)</source>
            <translation>总收获量（鲜重吨/年）</translation>
        </message>
        <message>
            <source>Total net sequestration</source>
            <translation>总净固碳量</translation>
        </message>
        <message>
            <source>total of the three pools [t C/ha]</source>
            <translation>三个碳库合计 [t C/ha]</translation>
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
            <source>Total removal {c:,.2f} t C = {co2:,.2f} t CO2e per year from {y:,.1f} t of harvest.</source>
            <translation>收获 {y:,.1f} 吨，每年总碳移出 {c:,.2f} t C = {co2:,.2f} t CO2e。</translation>
        </message>
        <message>
            <source>Total removal, 95% high (t CO2e per year)</source>
            <translation>总碳移出95%上限（t CO2e/年）</translation>
        </message>
        <message>
            <source>Total removal, 95% low (t CO2e per year)</source>
            <translation>总碳移出95%下限（t CO2e/年）</translation>
        </message>
        <message>
            <source>Total sample size (0 = computed)</source>
            <translation>总样本量（0 = 自动计算）</translation>
        </message>
        <message>
            <source>Total stock {s:,.1f} t C ({c:,.1f} t CO2e); uptake {u:,.2f} t CO2e/yr {basis} over {a:,.2f} ha of mapped habitat.</source>
            <translation>碳储量合计 {s:,.1f} t C（{c:,.1f} t CO2e）；吸收量 {u:,.2f} t CO2e/yr，{basis}，已制图生境 {a:,.2f} ha。</translation>
        </message>
        <message>
            <source>Train habitat classifier</source>
            <translation>训练生境分类器</translation>
        </message>
        <message>
            <source>Training features</source>
            <translation>训练要素</translation>
        </message>
        <message>
            <source>Training on {n} pixels: {detail}</source>
            <translation>使用 {n} 个像元训练：{detail}</translation>
        </message>
        <message>
            <source>Training pixels</source>
            <translation>训练像元</translation>
        </message>
        <message>
            <source>Training samples</source>
            <translation>训练样本</translation>
        </message>
        <message>
            <source>Trains a supervised classifier of habitat classes from labelled training points or polygons on a surface reflectance image. Features are the image's blue, green, red, NIR, SWIR1 and SWIR2 reflectances (scaled as the sensor preset says) plus any spectral indices listed.

Methods: random forest (default, 100 trees, validated out of bag), extra trees (same), and gradient-boosted trees with XGBoost (validated by 5-fold cross-validation; needs python3-xgboost), whose prediction is much faster than a deep forest's.

The model file is a ZIP of plain JSON and numeric arrays (no pickle): loading it never executes code. It records the features, band mapping, scaling, class values and names, and a checksum: a modified or foreign file is refused. The HTML report gives the validation error matrix per class and the feature importances.

Training samples in another CRS are reprojected. Every class needs at least 10 training pixels, and there must be two classes or more.

Several dates: training samples of several dates are pooled when DATE_FIELD names each sample's date and IMAGES adds the images of the other dates, IMAGE_DATES giving the date of INPUT and of each image of IMAGES in that order (as written in the date field; date fields read as YYYY-MM-DD) and IMAGE_SENSORS, optionally, each image's SENSOR value. Each sample's features come from the image of its own date; a date in the field that matches no image is refused. Classes are thinned per date. The log, the report and the optional table OUTPUT_DATE_ACCURACY give per date the model's accuracy on that date's samples (out of bag or cross-validated) and that of a model trained on the other dates only, which shows whether the dates' radiometry agrees. The model records the range of its training spectra (1st–99th percentile per band and index, overall and per class) and the share of each training image's pixels whose spectra lie outside the range of the class the model gives them, against which 'Classify habitats with a trained model' checks an image of any date.</source>
            <translation>利用地表反射率影像上已标注的训练点或面，训练生境类型的监督分类器。特征为影像的蓝、绿、红、近红外、短波红外1和短波红外2反射率（按传感器预设缩放），以及所列的光谱指数。

方法：随机森林（默认，100棵树，袋外验证）、极端随机树（同上），以及 XGBoost 梯度提升树（5折交叉验证；需要 python3-xgboost），其预测速度远快于深层森林。

模型文件为仅含 JSON 与数值数组的 ZIP（不使用 pickle）：加载时绝不执行代码。文件记录特征、波段对应、缩放、类型代码与名称以及校验和：被修改或外来的文件将被拒绝。HTML 报告给出各类型的验证误差矩阵和特征重要性。

其他坐标参考系的训练样本会被重投影。每个类型至少需要10个训练像元，且至少需要两个类型。

多个日期：DATE_FIELD 给出每个样本的日期、IMAGES 加入其他日期的影像时，多个日期的训练样本合并训练；IMAGE_DATES 按顺序给出 INPUT 及 IMAGES 中每幅影像的日期（写法与日期字段中的相同；日期型字段读作 YYYY-MM-DD），IMAGE_SENSORS 可选地给出每幅影像的 SENSOR 值。每个样本的特征取自其所属日期的影像；日期字段中与任何影像都不匹配的日期会被拒绝。类型按日期分别抽稀。日志、报告和可选表格 OUTPUT_DATE_ACCURACY 逐日期给出模型在该日期样本上的精度（袋外或交叉验证），以及仅用其他日期训练的模型的精度，由此可见各日期的辐射水平是否一致。模型记录其训练光谱的范围（每个波段和指数的第 1–99 百分位数，总体及按类型），以及每幅训练影像中光谱超出模型所赋类型范围的像元比例，“用训练好的模型进行生境分类”据此检查任意日期的影像。</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>类型转换</translation>
        </message>
        <message>
            <source>Transition areas</source>
            <translation>类型转换面积</translation>
        </message>
        <message>
            <source>Transition areas by area (ha)</source>
            <translation>各区域的类型转换面积（公顷）</translation>
        </message>
        <message>
            <source>Transition areas, whole raster (ha)</source>
            <translation>转换面积，整幅栅格（ha）</translation>
        </message>
        <message>
            <source>Transition map</source>
            <translation>转换图</translation>
        </message>
        <message>
            <source>Transition map (change between dates)</source>
            <translation>转换图（日期间的变化）</translation>
        </message>
        <message>
            <source>Transition map: {n} transitions ({c} of them change), table read from {source}.</source>
            <translation>转换图：{n} 种转换（其中 {c} 种为变化），转换表读自 {source}。</translation>
        </message>
        <message>
            <source>Transition table</source>
            <translation>转换表</translation>
        </message>
        <message>
            <source>transition table</source>
            <translation>转换表</translation>
        </message>
        <message>
            <source>Transition table (CSV), if not with the map</source>
            <translation>转换表（CSV，不随图存放时）</translation>
        </message>
        <message>
            <source>Transition table (InVEST CSV)</source>
            <translation>转换表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Transition table template</source>
            <translation>转换表模板</translation>
        </message>
        <message>
            <source>Transition table template (CSV)</source>
            <translation>转换表模板（CSV）</translation>
        </message>
        <message>
            <source>Transitions that occur</source>
            <translation>发生的类型转换</translation>
        </message>
        <message>
            <source>Transitions that occurred (whole raster)</source>
            <translation>发生的类型转换（整幅栅格）</translation>
        </message>
        <message>
            <source>Transitions {first} → {last} (whole map)</source>
            <translation>类型转换 {first} → {last}（整幅图）</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>交通</translation>
        </message>
        <message>
            <source>Transport of organisers and participants</source>
            <translation>组织方和参与方的交通</translation>
        </message>
        <message>
            <source>Travel of organisers and participants to and at the event (air, rail, metro, taxi, car)</source>
            <translation>组织方和参与方往返及在活动期间的交通（飞机、铁路、地铁、出租车、私家车）</translation>
        </message>
        <message>
            <source>Trees or boosting rounds.</source>
            <translation>树的数量或提升轮数。</translation>
        </message>
        <message>
            <source>triangular over the range, mode = value</source>
            <translation>范围上的三角分布，众数 = 数值</translation>
        </message>
        <message>
            <source>Tropical dry</source>
            <translation>热带干旱</translation>
        </message>
        <message>
            <source>tropical dry</source>
            <translation>热带干旱</translation>
        </message>
        <message>
            <source>Tropical wet</source>
            <translation>热带湿润</translation>
        </message>
        <message>
            <source>tropical wet</source>
            <translation>热带湿润</translation>
        </message>
        <message>
            <source>Turns class maps of two or more dates (InVEST's snapshot table, or the class rasters with their years) into a transition map: one value per from → to pair that occurs between the first and the last date, numbered 1..n in the order of the sorted (from, to) pairs (stable pairs included), 0 where either date has no class. Beside the raster: a CSV of the values (value, from_class, to_class, from_year, to_year, change, label), the same table in the GeoTIFF's metadata, and a style whose legend names each pair.

Two cleaning steps, each can be switched off: the temporal rule (three or more dates: a pixel that flips A → B → A is an error of the middle date, which gets A) and a minimum mapping unit for change (change patches of fewer pixels than the minimum, 8-connected, go back to no change). The log and the report count the pixels each rule changed, date by date.

The cleaned class maps of every date can be written to a folder with a snapshot table (snapshots.csv) that 'Carbon stock change over time' reads as it is. Transition areas are true ellipsoidal hectares, for the whole map and per project area. The maps must share one grid; the message says how to align one that does not.</source>
            <translation>将两个或更多日期的分类图（InVEST 的快照表，或分类栅格及其年份）转为转换图：第一个日期到最后一个日期之间出现的每一对“转出 → 转入”类型各取一个值，按排序后的（转出, 转入）类型对编号为 1..n（含未变化的类型对），任一日期没有类型处为 0。栅格旁附有：各值的 CSV 表（value、from_class、to_class、from_year、to_year、change、label）、写入 GeoTIFF 元数据的同一张表，以及图例中标明每对类型的样式。

两个清理步骤，均可关闭：时间规则（三个或更多日期：按 A → B → A 翻转的像元视为中间日期的错误，中间日期改为 A）和变化的最小制图单元（像元数少于最小值的变化斑块，按 8 邻域连通，恢复为未变化）。日志和报告按日期统计每条规则改动的像元数。

每个日期清理后的分类图可连同快照表（snapshots.csv）写入一个文件夹，“碳储量随时间的变化”可直接读取。类型转换面积为椭球面真实公顷数，分整幅图和各项目区给出。各分类图须使用同一网格；若不在同一网格，提示信息会说明如何对齐。</translation>
        </message>
        <message>
            <source>U = 0: e = {error} % does not exceed a = {allowable} % (e = {how})</source>
            <translation>U = 0：e = {error} % 未超过 a = {allowable} %（e = {how}）</translation>
        </message>
        <message>
            <source>U = 0: NER is not positive</source>
            <translation>U = 0：NER 不为正</translation>
        </message>
        <message>
            <source>U = 0: not assessed (no Monte Carlo draws and no error given)</source>
            <translation>U = 0：未评估（无蒙特卡罗抽样，也未给出误差）</translation>
        </message>
        <message>
            <source>U = NER × (e − a) = NER × ({error} % − {allowable} %); e = {how}</source>
            <translation>U = NER × (e − a) = NER × ({error} % − {allowable} %)；e = {how}</translation>
        </message>
        <message>
            <source>Uncertainty deduction</source>
            <translation>不确定性扣减</translation>
        </message>
        <message>
            <source>Uncertainty deduction (t CO2e)</source>
            <translation>不确定性扣减（t CO2e）</translation>
        </message>
        <message>
            <source>Uncertainty: each density with bounds is drawn once per iteration for all areas, from the distribution named in the density table below: normal for symmetric 95% bounds (truncated at 0), lognormal with the value as median for skewed 95% bounds, and a Beta-PERT over the range whose median is the value for observed minimum–maximum ranges (they are not 95% intervals; no draw leaves the observed range). The interval reported is the 2.5–97.5 percentile of the draws of each total; the Monte Carlo median is shown beside the point estimate, and the headline uses the point estimate. Where a point estimate fell outside its percentiles the interval was widened to include it (see the warnings).</source>
            <translation>不确定性：每个带界限的密度在每次迭代中为所有区域抽样一次，所用分布见下方碳密度表：对称的 95% 界限用正态分布（在 0 处截断），偏斜的 95% 界限用以数值为中位数的对数正态分布，观测最小–最大范围（并非 95% 区间）用中位数等于该数值的 Beta-PERT 分布（任何抽样都不超出观测范围）。报告的区间为各合计抽样值的 2.5–97.5 百分位；点估计旁给出蒙特卡罗中位数，标题采用点估计。若点估计落在其百分位之外，区间已扩展以包含它（见警告）。</translation>
        </message>
        <message>
            <source>Under a value in brackets: its 95% interval.</source>
            <translation>数值下方方括号内为其95%区间。</translation>
        </message>
        <message>
            <source>Under each value, its bounds (low–high) where the table gives them; the numbered notes under the table give each row's Monte Carlo distribution, source and verification.</source>
            <translation>表中给出界限时，数值下方列出其界限（低–高）；表下的编号注释给出每行的蒙特卡罗分布、来源和核实状态。</translation>
        </message>
        <message>
            <source>Under the guideline, an event is carbon-neutral when its emissions are offset by carbon allowances, carbon credits or the sink of new forestry projects. A mariculture removal computed here is none of these until it is verified and issued as a credit; China's national blue-carbon credit methodologies (CCER) cover mangrove planting and salt-marsh and seagrass restoration, not shellfish or seaweed farming.</source>
            <translation>按照指南，大型活动通过购买碳配额、碳信用或新建林业项目产生的碳汇量抵消其排放，方可实现碳中和。此处计算的海水养殖碳移出量在经核证并签发为碳信用之前，不属于上述任何一种；我国国家蓝碳自愿减排方法学（CCER）涵盖红树林营造、滨海盐沼和海草床植被修复，不涵盖贝类或藻类养殖。</translation>
        </message>
        <message>
            <source>Units of the biophysical table</source>
            <translation>生物物理参数表的单位</translation>
        </message>
        <message>
            <source>Unknown buffer base '{value}'; use one of: {choices}.</source>
            <translation>未知的缓冲计算基数“{value}”；请使用以下之一：{choices}。</translation>
        </message>
        <message>
            <source>Unknown country '{value}'. Give an ISO 3166 alpha-3 code or the English or Chinese name of a country in the mangrove table {path}; closest names: {close}.</source>
            <translation>未知国家“{value}”。请给出 ISO 3166 三字母代码，或红树林表 {path} 中某个国家的英文或中文名称；最接近的名称：{close}。</translation>
        </message>
        <message>
            <source>Unknown index name(s): {unknown}. Known indices: {known}.</source>
            <translation>未知的指数名称：{unknown}。已知指数：{known}。</translation>
        </message>
        <message>
            <source>Unknown method {value}: use 0, 1 or 2.</source>
            <translation>未知方法 {value}：请使用 0、1 或 2。</translation>
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
            <source>Unknown standard '{value}'; use one of: {choices}.</source>
            <translation>未知的标准“{value}”；请使用以下之一：{choices}。</translation>
        </message>
        <message>
            <source>Unmapped area (ha)</source>
            <translation>未制图面积（公顷）</translation>
        </message>
        <message>
            <source>Unmapped area of all areas (ha)</source>
            <translation>全部区域未制图面积（公顷）</translation>
        </message>
        <message>
            <source>unvegetated, not water, at or below {max:g} m on a DEM covering {pct:.0f}% of the land</source>
            <translation>无植被、非水体，位于覆盖 {pct:.0f}% 陆地的 DEM 上 {max:g} m 或以下</translation>
        </message>
        <message>
            <source>unvegetated, not water, inside the intertidal mask</source>
            <translation>无植被、非水体，位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>uptake [t CO2e/yr]: mapped | adjusted (95% interval)</source>
            <translation>吸收量 [t CO2e/yr]：制图 | 校正（95% 区间）</translation>
        </message>
        <message>
            <source>uptake area [ha]</source>
            <translation>吸收面积 [ha]</translation>
        </message>
        <message>
            <source>Uptake basis</source>
            <translation>吸收量基础</translation>
        </message>
        <message>
            <source>Uptake basis 1 (IPCC Tier 1) counts uptake only on restored, revegetated or created area: give those areas as RESTORED (polygons or a raster), or choose uptake basis 0.</source>
            <translation>吸收量基础 1（IPCC 第 1 层级）只计算修复、再植或新建面积上的吸收量：请以 RESTORED（多边形或栅格）给出这些区域，或选择吸收量基础 0。</translation>
        </message>
        <message>
            <source>Uptake basis IPCC 2013 Tier 1: uptake counts only inside {name}.</source>
            <translation>吸收量基础为 IPCC 2013 第 1 层级：只计算 {name} 内的吸收量。</translation>
        </message>
        <message>
            <source>Uptake basis IPCC Tier 1: no mapped habitat lies inside the restored areas, so the yearly uptake is zero (Tier 1 accumulation rates apply only to restored, revegetated or created wetlands).</source>
            <translation>吸收量基础为 IPCC 第 1 层级：修复区域内没有已制图生境，因此年吸收量为零（第 1 层级累积速率只适用于修复、再植或新建的湿地）。</translation>
        </message>
        <message>
            <source>Uptake is zero outside the restored areas: IPCC's Tier 1 accumulation rates are for restored, revegetated or created wetlands.</source>
            <translation>修复区域之外吸收量为零：IPCC 第 1 层级累积速率适用于修复、再植或新建的湿地。</translation>
        </message>
        <message>
            <source>User's accuracy</source>
            <translation>用户精度</translation>
        </message>
        <message>
            <source>User's accuracy of class {cls} is {ua:.3f} with a 95% half-width of 0 by Olofsson et al.'s formula (all {n} points agree). That is not certainty: the Wilson 95% interval is {lo:.3f}-{hi:.3f}.</source>
            <translation>类型 {cls} 的用户精度为 {ua:.3f}，按 Olofsson 等的公式其95%半宽为0（全部 {n} 个点一致）。这并不代表确定无误：Wilson 95% 区间为 {lo:.3f}-{hi:.3f}。</translation>
        </message>
        <message>
            <source>User's accuracy, Wilson 95% interval</source>
            <translation>用户精度 Wilson 95% 区间</translation>
        </message>
        <message>
            <source>Validation ({how}) overall accuracy: {acc:.3f}</source>
            <translation>验证（{how}）总体精度：{acc:.3f}</translation>
        </message>
        <message>
            <source>Validation error matrix ({how}; rows: reference, columns: predicted)</source>
            <translation>验证误差矩阵（{how}；行：参考，列：预测）</translation>
        </message>
        <message>
            <source>Validation error matrix per class, accuracy per date, feature importances and the range of the training spectra.</source>
            <translation>各类型的验证误差矩阵、各日期的精度、特征重要性和训练光谱的范围。</translation>
        </message>
        <message>
            <source>Validation overall accuracy</source>
            <translation>验证总体精度</translation>
        </message>
        <message>
            <source>Validation report (HTML)</source>
            <translation>验证报告（HTML）</translation>
        </message>
        <message>
            <source>Valuation</source>
            <translation>价值评估</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Value 0 (no data): {n} pixels without a class on the first or the last date, {ha} ha. Areas are ellipsoidal (true areas on the ellipsoid of the map's CRS).</source>
            <translation>值 0（无数据）：第一个或最后一个日期没有类型的像元 {n} 个，{ha} 公顷。面积为椭球面面积（分类图坐标参考系所用椭球面上的真实面积）。</translation>
        </message>
        <message>
            <source>Values written as area_id; empty: the feature id.</source>
            <translation>写入 area_id 的值；留空：要素 ID。</translation>
        </message>
        <message>
            <source>VCS Standard v4.5 section 3.2.26: a reversal is a monitoring period in which the net GHG benefit, taking into account emissions, removals and leakage, is negative, and the project compensates the AFOLU pooled buffer account (as quoted in Verra's program notice 'New AFOLU buffer pool compensation agreement'). Not checked against the source text.</source>
            <translation>VCS 标准 v4.5 第 3.2.26 节：逆转指某一监测期内计及排放、清除和泄漏后的净温室气体效益为负，项目须补偿 AFOLU 集合缓冲账户（据 Verra 项目通知《New AFOLU buffer pool compensation agreement》所引）。未对照原文核对。</translation>
        </message>
        <message>
            <source>vegetation that is not mangrove, at or below {max:g} m on a DEM covering {pct:.0f}% of the land</source>
            <translation>非红树林的植被，位于覆盖 {pct:.0f}% 陆地的 DEM 上 {max:g} m 或以下</translation>
        </message>
        <message>
            <source>vegetation that is not mangrove, inside the intertidal mask</source>
            <translation>非红树林的植被，位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>Vegetation: NDVI above</source>
            <translation>植被：NDVI 大于</translation>
        </message>
        <message>
            <source>verification status not given in the coefficient table</source>
            <translation>系数表中未给出核实状态</translation>
        </message>
        <message>
            <source>Verification status of the sink</source>
            <translation>碳汇的核证状态</translation>
        </message>
        <message>
            <source>Verification: {note}</source>
            <translation>核证：{note}</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>核实状态</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>核查人</translation>
        </message>
        <message>
            <source>verified by a third party</source>
            <translation>已经第三方核证</translation>
        </message>
        <message>
            <source>Verified by an independent third party</source>
            <translation>已经独立第三方核证</translation>
        </message>
        <message>
            <source>Verified by an independent third party (as stated by the user).</source>
            <translation>已经独立第三方核证（由用户声明）。</translation>
        </message>
        <message>
            <source>Verifier and reference</source>
            <translation>核查机构与编号</translation>
        </message>
        <message>
            <source>Vintage</source>
            <translation>按所属年份签发</translation>
        </message>
        <message>
            <source>Vintages</source>
            <translation>所属年份</translation>
        </message>
        <message>
            <source>VM0033 v2.1 (Verra)</source>
            <translation>VM0033 v2.1（Verra）</translation>
        </message>
        <message>
            <source>VM0033 v2.1 (Verra, 4 September 2023) section 8.5.1, baseline and project emissions; here the carbon-stock change of the project against the baseline on the same ground, from the plugin's change model.</source>
            <translation>VM0033 v2.1（Verra，2023 年 9 月 4 日）第 8.5.1 节，基线排放与项目排放；此处为同一地块上项目相对基线的碳储量变化，由本插件的变化模型得出。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 section 8.4 'Leakage' (8.4.1 activity-shifting and market leakage, 8.4.2 ecological leakage), subtracted in section 8.5.1 before the uncertainty deduction, as in Guardian's processNETERR {guardian}: NERRWE = GHG_BSL + GHG_WPS + FRP − GHG_LK − soil deduction (that file sets GHG_LK to 0). The percentage is the project's own estimate. Section text not checked against the source.</source>
            <translation>VM0033 v2.1 第 8.4 节“泄漏”（8.4.1 活动转移泄漏和市场泄漏，8.4.2 生态泄漏），在第 8.5.1 节中于不确定性扣减之前扣除，与 Guardian 的 processNETERR {guardian} 一致：NERRWE = GHG_BSL + GHG_WPS + FRP − GHG_LK − 土壤扣减（该文件把 GHG_LK 设为 0）。泄漏比例为项目自行估计。正文未对照原文核对。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 section 8.5.1 'Calculation of net GHG emissions reductions'.</source>
            <translation>VM0033 v2.1 第 8.5.1 节“净温室气体减排量的计算”。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 section 8.5.2 'Estimation of uncertainty' (Part 3, total error in project activity): adjusted NER = NER × (1 − NER_ERROR + allowable_uncert), as in Guardian's processNETERR {guardian}. NER_ERROR is the half-width of the interval at the confidence level as a share of the estimate; 90 % confidence and 10 % allowable are the VCS convention as quoted by secondary sources. Deducted only when the error exceeds the allowable share (Guardian applies the factor as given). Not checked against the source text.</source>
            <translation>VM0033 v2.1 第 8.5.2 节“不确定性估算”（第 3 部分，项目活动的总误差）：调整后 NER = NER × (1 − NER_ERROR + allowable_uncert)，与 Guardian 的 processNETERR {guardian} 一致。NER_ERROR 为给定置信水平下区间半宽占估计值的比例；90 % 置信度和 10 % 允许不确定性为二手资料所述的 VCS 惯例。仅当误差超过允许比例时才扣减（Guardian 直接按给定系数计算）。未对照原文核对。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 section 8.5.2; Guardian's processNETERR (adjusted_NER_t).</source>
            <translation>VM0033 v2.1 第 8.5.2 节；Guardian 的 processNETERR（adjusted_NER_t）。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 section 8.5.3 'Calculation of Verified Carbon Units'. In Guardian's processNETERR {guardian} the buffer is the buffer percentage × the change in carbon stocks (biomass and soil, net of the allochthonous deduction), not reduced by leakage or the uncertainty deduction, and VCUs = adjusted NER − buffer. Percentage: {tool}. Section text not checked against the source.</source>
            <translation>VM0033 v2.1 第 8.5.3 节“核证碳单位的计算”。在 Guardian 的 processNETERR {guardian} 中，缓冲量 = 缓冲比例 × 碳储量变化（生物量和扣除外源碳后的土壤），不因泄漏或不确定性扣减而减少，VCU = 调整后 NER − 缓冲量。比例：{tool}。正文未对照原文核对。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 section 8.5.3; Guardian's processNETERR: VCUs = adjusted NER − buffer, as changes of cumulative values from one monitoring year to the next.</source>
            <translation>VM0033 v2.1 第 8.5.3 节；Guardian 的 processNETERR：VCU = 调整后 NER − 缓冲量，按各监测年之间累计值的变化计算。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 sections 8.1.4.2.7 (baseline) and 8.2.4.2.2 (project), 'Deduction for allochthonous carbon'. Hedera Guardian's digitisation {guardian} deducts soil CO2 × percentage_C_alloch / 100 in both scenarios (computeDeductionAllochBaseline, computeDeductionAllochProject). Section titles checked; their text not checked against the source.</source>
            <translation>VM0033 v2.1 第 8.1.4.2.7 节（基线）和第 8.2.4.2.2 节（项目）“外源碳扣减”（Deduction for allochthonous carbon）。Hedera Guardian 的数字化实现 {guardian} 在两种情景中均扣除 土壤 CO2 × percentage_C_alloch / 100（computeDeductionAllochBaseline、computeDeductionAllochProject）。章节标题已核对；正文未对照原文核对。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 sections 8.1.4.2.7 and 8.2.4.2.2: the soil terms net of the allochthonous deduction.</source>
            <translation>VM0033 v2.1 第 8.1.4.2.7 和 8.2.4.2.2 节：扣除外源碳后的土壤项。</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>废弃物</translation>
        </message>
        <message>
            <source>Waste treatment</source>
            <translation>废弃物处理</translation>
        </message>
        <message>
            <source>Water: MNDWI above</source>
            <translation>水体：MNDWI 大于</translation>
        </message>
        <message>
            <source>What it covers</source>
            <translation>涵盖内容</translation>
        </message>
        <message>
            <source>What this statement does not cover</source>
            <translation>本说明未涵盖的内容</translation>
        </message>
        <message>
            <source>What to do with raster classes inside the areas that the density table lacks.</source>
            <translation>项目区内出现碳密度表中没有的栅格类型时的处理方式。</translation>
        </message>
        <message>
            <source>When the half-width of the net's interval exceeds this share of it, the net is multiplied by (1 − error + allowable), VM0033's uncertainty deduction.</source>
            <translation>当净量区间的半宽超过净量的这一比例时，净量乘以（1 − 误差 + 允许值），即 VM0033 的不确定性扣减。</translation>
        </message>
        <message>
            <source>Where habitat was restored, revegetated or created: polygons, or a raster whose non-zero cells are restored. Needed with uptake basis 1.</source>
            <translation>生境被修复、再植或新建的位置：多边形，或非零像元表示已修复的栅格。吸收量基础 1 时必需。</translation>
        </message>
        <message>
            <source>Where natcap.invest's code and its User's Guide differ (litter, accumulation after a disturbance, net present value), which to follow.</source>
            <translation>natcap.invest 代码与其用户指南不一致之处（凋落物、扰动后的累积、净现值）遵循哪一方。</translation>
        </message>
        <message>
            <source>Where the coast is intertidal: a raster (non-zero inside) or polygons. Needed for tidal flats and salt marsh unless a DEM is given.</source>
            <translation>海岸的潮间带范围：栅格（非零为内）或面要素。除非给出 DEM，潮滩和盐沼需要它。</translation>
        </message>
        <message>
            <source>Where to run (Dask scheduler)</source>
            <translation>运行位置（Dask 调度器）</translation>
        </message>
        <message>
            <source>Whether an independent third party has verified the sink, or credits have been issued for it.</source>
            <translation>碳汇是否经过独立第三方核证，或是否已为其签发碳信用。</translation>
        </message>
        <message>
            <source>Which harvest or years the sink stands for (such as '2024 harvest'), shown in the statement.</source>
            <translation>碳汇所代表的收获或年份（如“2024 年收获”），显示在声明中。</translation>
        </message>
        <message>
            <source>Which standard's order and sources the deduction lines follow.</source>
            <translation>扣减各项遵循哪一标准的顺序和出处。</translation>
        </message>
        <message>
            <source>Who verified the sink and the reference of the verification or credits.</source>
            <translation>核查机构及核证或碳信用的编号。</translation>
        </message>
        <message>
            <source>whole raster</source>
            <translation>整幅栅格</translation>
        </message>
        <message>
            <source>With a DEM: mangrove, salt marsh and tidal flat only at or below this elevation (keeps terrestrial forest out of mangrove).</source>
            <translation>有 DEM 时：红树林、盐沼和潮滩仅出现在不高于此高程处（将陆地森林排除在红树林之外）。</translation>
        </message>
        <message>
            <source>With a sand sample: bottom darker than the sand by more than this many standard deviations of the sand's depth-invariant index is seagrass.</source>
            <translation>有沙底样本时：比沙底暗、且差值超过沙底深度不变指数此倍数标准差的底质为海草床。</translation>
        </message>
        <message>
            <source>With a single snapshot ({year}) an analysis year after it is needed.</source>
            <translation>只有一个快照（{year}）时，需要一个晚于它的分析年份。</translation>
        </message>
        <message>
            <source>With a yield per hectare: the area of the mariculture classes (6 seaweed, 7 floating mariculture, 8 ponds) inside each zone is used instead of the zone's whole area.</source>
            <translation>使用单位面积产量时：以各区内海水养殖类型（6 海藻、7 浮筏养殖、8 池塘）的面积代替整个区的面积。</translation>
        </message>
        <message>
            <source>With bathymetry but no sand sample: dark bottom where green reflectance is below this.</source>
            <translation>有水深而无沙底样本时：绿波段反射率低于此值处为暗色底质。</translation>
        </message>
        <message>
            <source>With bathymetry: floating matter only over water at least this deep, since a bottom seen through a few decimetres of water raises the NIR and FAI.</source>
            <translation>有水深图时：漂浮物仅划在水深至少为此值的水域，因为透过几分米水层看到的底质会抬高近红外和 FAI。</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g} no band has a 99th percentile above {p99:.3g}: the file seems to hold reflectance already. Use the Custom sensor with scale 1.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，没有任何波段的第 99 百分位数大于 {p99:.3g}：文件中似乎已经是反射率。请使用自定义传感器，比例系数设为 1。</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g} the 99th percentile of the {role} band is {p99:.6g}: these are digital numbers, not reflectances (0–1). Set the scale and offset that turn them into reflectance (Sentinel-2 L2A: 0.0001; Landsat Collection 2 Level-2: 0.0000275 and −0.2), or choose the image's sensor preset.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，{role} 波段的第 99 百分位数为 {p99:.6g}：这些是 DN 值，不是反射率（0–1）。请设置把它们换算为反射率的比例系数和偏移量（Sentinel-2 L2A：0.0001；Landsat Collection 2 Level-2：0.0000275 和 −0.2），或选择影像对应的传感器预设。</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g}, {pct:.1f}% of the {role} band is below −0.01 reflectance, more than atmospheric-correction noise over dark water gives: this offset does not fit the image. Choose the image's sensor preset (or the right Sentinel-2 processing baseline), or set the offset.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，{role} 波段有 {pct:.1f}% 低于 −0.01 反射率，多于暗水体上大气校正噪声所能造成的比例：该偏移量与影像不符。请选择影像对应的传感器预设（或正确的 Sentinel-2 处理基线），或设置偏移量。</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g}, {pct:.1f}% of the {role} band is below −0.01 reflectance: check the sensor preset, the offset and the Sentinel-2 processing baseline.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，{role} 波段有 {pct:.1f}% 低于 −0.01 反射率：请检查传感器预设、偏移量和 Sentinel-2 处理基线。</translation>
        </message>
        <message>
            <source>With the inflation rate, gives each year's price (as InVEST). Empty and no price table: no valuation.</source>
            <translation>与价格年增长率一起给出每年的价格（同 InVEST）。留空且无价格表：不做价值评估。</translation>
        </message>
        <message>
            <source>With the scenarios' maps, give the biophysical table (BIOPHYSICAL) and the transition table (TRANSITIONS).</source>
            <translation>使用情景地图时，请提供生物物理参数表（BIOPHYSICAL）和转换表（TRANSITIONS）。</translation>
        </message>
        <message>
            <source>Without its own samples the model does much worse on date {date} ({other} against {acc}): that date's radiometry differs from the others'. Keep samples of every date in the training, or normalise the images to one reference (Normalise an image to a reference).</source>
            <translation>没有自身样本时，模型在日期 {date} 上的表现差得多（{other}，而有样本时为 {acc}）：该日期的辐射水平与其他日期不同。请在训练中保留每个日期的样本，或把影像归一化到同一参考影像（“将影像归一化到参考影像（IR-MAD）”）。</translation>
        </message>
        <message>
            <source>Work runs on {n} local worker processes (started with {python}).</source>
            <translation>计算在 {n} 个本地工作进程上运行（由 {python} 启动）。</translation>
        </message>
        <message>
            <source>Work runs {where}.</source>
            <translation>计算位置：{where}。</translation>
        </message>
        <message>
            <source>Writes the transition table for 'Carbon stock change over time' (InVEST's format) listing every from/to class pair that occurs between consecutive snapshots, as InVEST's preprocessor does, with the pixel count and the true (ellipsoidal) area of each pair and period below the table.

Cells are pre-filled with InVEST's rule: into a coastal blue carbon habitat 'accum', out of one 'disturb' (replace it with low-, med- or high-impact-disturb), between other classes 'NCC'; except from one habitat to another (salt marsh to mangrove, say), where the cell is the question 'accum or disturb?': accum if the new habitat grew without clearing the old one, an impact level if the old one was cleared (its carbon is emitted). InVEST would pre-fill accum there, so that clearing salt marsh to plant mangrove emits nothing. A habitat that stays itself is 'accum'. 'Carbon stock change over time' refuses a table that still holds 'disturb' or 'accum or disturb?'. The notes below the table say the same. Check every suggestion. Class names and habitat flags come from InVEST's land-cover lookup table (code, lulc-class, is_coastal_blue_carbon_habitat) or, without one, from the plugin's class scheme (mangrove, salt marsh and seagrass are habitats).</source>
            <translation>与 InVEST 预处理器一样，为“碳储量随时间的变化”写出转换表（InVEST 格式），列出相邻快照之间发生的每一对转出/转入类型，并在表下给出每对类型、每个时段的像元数和真实（椭球面）面积。

单元格按 InVEST 的规则预填：转入滨海蓝碳生境为“accum”，转出生境为“disturb”（请改为 low-、med- 或 high-impact-disturb），其他类型之间为“NCC”；但从一种生境变为另一种生境（例如盐沼变为红树林）时，单元格是一个问题“accum or disturb?”：若新生境在未清除原生境的情况下生长，填 accum；若原生境被清除（其碳被排放），填扰动强度。InVEST 在此处会预填 accum，因而清除盐沼种植红树林不产生任何排放。保持不变的生境为“accum”。“碳储量随时间的变化”会拒绝仍含有“disturb”或“accum or disturb?”的表。表下的说明也写明了这些。请逐项核对。类型名称和生境标志来自 InVEST 的土地覆盖查找表（code、lulc-class、is_coastal_blue_carbon_habitat），若无该表则来自插件的分类体系（红树林、盐沼和海草床为生境）。</translation>
        </message>
        <message>
            <source>Writing the output bounds this algorithm's speed, so local workers would not make it faster: it runs in this process (name a Dask cluster in the scheduler to use one).</source>
            <translation>本算法的速度受输出写入限制，本地工作进程不会使其更快：因此在本进程内运行（如需使用 Dask 集群，请在调度器中填写其地址）。</translation>
        </message>
        <message>
            <source>Written with a reference sample only: one row per area (and the whole raster) and transition: area_id, from_class, to_class, mapped_ha, adjusted_ha (with _lo/_hi), n_map_points (sample points whose map transition it is), adjusted (0: no sample point, the mapped area is kept).</source>
            <translation>仅在有参考样本时写出：每个区域（及整幅栅格）和每种转换一行：area_id、from_class、to_class、mapped_ha、adjusted_ha（含 _lo/_hi）、n_map_points（地图转换为该转换的样本点数）、adjusted（0：无样本点，保留制图面积）。</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Yearly carbon removed from the sea by harvested shellfish and seaweed, per farm or marine ranch, from harvest statistics.

Bivalves: C = Y × dry/wet ratio × (shell share × shell carbon + tissue share × tissue carbon). Seaweed: C = Y × dry/wet ratio × carbon fraction. CO2e = C × 44/12. Y is the harvest in t fresh weight per year: from a field per farm, or a yield per hectare times the farm's area (its ellipsoidal area, or with a habitat raster the area of the mariculture classes 6, 7 and 8 inside it, computed exactly as in the carbon stocks tool). Farms outside the habitat raster get a warning; coordinates outside the range of a geographic CRS stop the run (the layer's CRS is wrong).

Methods, each the arithmetic of a named accounting practice: 0 shell + tissue carbon, the Chinese marine-industry accounting of shellfish and seaweed carbon sinks (carbon removed by harvest: Zhang, Fang &amp; Tang 2005; Tang, Zhang &amp; Fang 2011; HY/T 0305-2021), which counts shell carbon; 1 tissue carbon only, the soft-tissue term of method 0 alone (conservative); 2 tissue carbon − ψ × shell carbon, the calcification literature's practice (Munari, Rossetti &amp; Mistri 2013, Marine Environmental Research 92: 264–267; Filgueira et al. 2015, Marine Ecology Progress Series 518: 281–287): shell carbon comes from seawater bicarbonate, and precipitating CaCO3 releases ψ mol CO2 per mol (Frankignoulle, Canon &amp; Gattuso 1994), so shell formation counts as a CO2 source. Method 2 can give a negative removal (a net source): about −28 t C for 1,000 t of oysters where method 0 gives +96.

Default coefficients: the shipped table (bivalves and seaweeds of China's fishery statistics, names in Chinese, English or Latin), every row with its source, how it was verified and where its bounds come from; species for which no coefficient was published (razor clam 蛏, ark clam 蚶, abalone 鲍) are named and refused with the reason. A table of your own replaces it row by row.

Intervals: coefficients with _lo/_hi bounds are drawn by Monte Carlo (the table's dist column: normal for symmetric 95 % bounds, lognormal for skewed ones, PERT for observed min–max ranges), once per species per iteration; every coefficient stays within 0–1, and shell and tissue shares that add up to 1 are drawn jointly (tissue = 1 − shell). A species without bounds has no interval, and the log says so. A seed reproduces the draws only within one NumPy version.</source>
            <translation>根据收获统计，按养殖区或海洋牧场计算收获的贝类和藻类每年从海中移出的碳。

双壳贝类：C = Y × 干湿比 × （贝壳比例 × 贝壳含碳率 + 软组织比例 × 软组织含碳率）。藻类：C = Y × 干湿比 × 含碳率。CO2e = C × 44/12。Y 为每年收获量（t 鲜重）：取自每个养殖区的字段，或单位面积产量乘以养殖区面积（其椭球面积；给出生境栅格时，为其中海水养殖类型 6、7、8 的面积，与碳储量工具的算法完全相同）。位于生境栅格之外的养殖区会给出警告；坐标超出地理坐标系范围时运行停止（图层的坐标参考系有误）。

方法，各自对应一种有出处的核算做法的算式：0 贝壳 + 软组织碳，即我国海洋行业对贝藻养殖碳汇的核算（收获移出的碳：张继红、方建光、唐启升 2005；唐启升、张继红、方建光 2011；HY/T 0305-2021），计入贝壳碳；1 仅软组织碳，即方法 0 中的软组织项（保守）；2 软组织碳 − ψ × 贝壳碳，即钙化文献的做法（Munari、Rossetti 和 Mistri 2013，Marine Environmental Research 92: 264–267；Filgueira 等 2015，Marine Ecology Progress Series 518: 281–287）：贝壳碳来自海水中的碳酸氢根，沉淀 CaCO3 时每摩尔释放 ψ 摩尔 CO2（Frankignoulle、Canon 和 Gattuso 1994），因此贝壳形成被计为 CO2 源。方法 2 可能得到负的碳移出量（净排放源）：1,000 t 牡蛎约为 −28 t C，而方法 0 为 +96。

默认系数：随插件提供的表（我国渔业统计中的双壳贝类和藻类，名称可用中文、英文或拉丁文），每一行都注明来源、核实方式及界限的出处；没有已发表系数的物种（蛏、蚶、鲍）在表中列名，使用时会被拒绝并说明原因。您自己的表会逐行取代它。

区间：带 _lo/_hi 界限的系数用蒙特卡罗抽样（按表中 dist 列：对称的 95% 界限用正态分布，偏斜的用对数正态分布，观测到的最小–最大范围用 PERT 分布），每次迭代每个物种抽样一次；所有系数都保持在 0–1 之间，和为 1 的贝壳与软组织比例联合抽样（软组织 = 1 − 贝壳）。没有界限的物种没有区间，日志中会说明。随机种子只在同一 NumPy 版本内能重现抽样结果。</translation>
        </message>
        <message>
            <source>Yearly discount rate of the net present value.</source>
            <translation>净现值的年贴现率。</translation>
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
            <source>Yearly price increase (%)</source>
            <translation>价格年增长率（%）</translation>
        </message>
        <message>
            <source>Yearly uptake (t C/yr)</source>
            <translation>年吸收量（t C/年）</translation>
        </message>
        <message>
            <source>Yearly uptake (t CO2e/yr): point estimate [MC median; 95% interval]</source>
            <translation>年吸收量（t CO2e/yr）：点估计 [蒙特卡罗中位数；95% 区间]</translation>
        </message>
        <message>
            <source>Years and vintages, all areas</source>
            <translation>逐年及所属年份，全部区域</translation>
        </message>
        <message>
            <source>Years of removal credited against the emission.</source>
            <translation>计入抵消排放的清除量年数。</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>yes: areas adjusted</source>
            <translation>有：面积已校正</translation>
        </message>
        <message>
            <source>Yield field (t per ha per year)</source>
            <translation>单位面积产量字段（吨/公顷/年）</translation>
        </message>
        <message>
            <source>yield per hectare</source>
            <translation>单位面积产量</translation>
        </message>
        <message>
            <source>{country} has no mangroves in the per-country table; the mangrove densities stay those of the density table.</source>
            <translation>{country} 在国家表中没有红树林；红树林密度仍采用碳密度表的数值。</translation>
        </message>
        <message>
            <source>{first} and {second} both write {path}. Give each output its own file name.</source>
            <translation>{first}和{second}都写入 {path}。请为每个输出指定各自的文件名。</translation>
        </message>
        <message>
            <source>{ha:.2f} ha of the areas is unmapped (raster nodata or outside the raster) and holds no carbon in this account.</source>
            <translation>项目区中有 {ha:.2f} 公顷未制图（栅格无数据或在栅格范围外），本次核算中不计碳量。</translation>
        </message>
        <message>
            <source>{input}: the file {path} does not exist.</source>
            <translation>{input}：文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>{input}: the layer {layer} has no field {field}; its fields are: {fields}. Choose one of them, or leave the parameter empty.</source>
            <translation>{input}：图层 {layer} 没有字段 {field}；它的字段为：{fields}。请从中选择一个，或将该参数留空。</translation>
        </message>
        <message>
            <source>{input}: the layer {layer} has no field {field}; its fields are: {fields}. Choose one of them.</source>
            <translation>{input}：图层 {layer} 没有字段 {field}；它的字段为：{fields}。请从中选择一个。</translation>
        </message>
        <message>
            <source>{input}: {path} exists but is not {what} that GDAL/OGR can read. Check that it is a GeoTIFF, GeoPackage or another supported format and not a renamed or damaged file.</source>
            <translation>{input}：{path} 存在，但不是 GDAL/OGR 能读取的{what}。请检查它是否为 GeoTIFF、GeoPackage 或其他受支持的格式，而不是被改了扩展名或已损坏的文件。</translation>
        </message>
        <message>
            <source>{level} % interval: {band} t CO2e (percentiles of one joint Monte Carlo run)</source>
            <translation>{level} % 区间：{band} t CO2e（同一次联合蒙特卡罗运行的百分位数）</translation>
        </message>
        <message>
            <source>{name} ({label}) must be {kind} from {lo} to {hi}; {value} is not.</source>
            <translation>{name}（{label}）必须是 {lo} 至 {hi} 之间的{kind}；{value} 不符合。</translation>
        </message>
        <message>
            <source>{n} areas lie within 3° of the tropic ({shown}{more}): their automatic climate zones may not match the local climate; set the climate zone explicitly if they do not.</source>
            <translation>{n} 个区域位于回归线 3° 以内（{shown}{more}）：自动判定的气候带可能与当地气候不符；如不符，请明确设定气候带。</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} 字节</translation>
        </message>
        <message>
            <source>{n} class pairs occur; {d} cells marked 'disturb' need the impact level and {q} cells marked 'accum or disturb?' need an answer before the table can be used.</source>
            <translation>出现了 {n} 对类型；在使用该表之前，{d} 个标为“disturb”的单元格需要填写扰动强度，{q} 个标为“accum or disturb?”的单元格需要回答。</translation>
        </message>
        <message>
            <source>{n} class trajectories occur: the Monte Carlo run was cut from {asked} to {ran} iterations to keep memory bounded.</source>
            <translation>共有 {n} 种类型轨迹：为控制内存，蒙特卡罗迭代次数从 {asked} 减至 {ran}。</translation>
        </message>
        <message>
            <source>{n} classes over {k} snapshots are too many combinations to track; merge classes or use fewer snapshots.</source>
            <translation>{n} 个类型、{k} 个快照的组合过多，无法跟踪；请合并类型或减少快照。</translation>
        </message>
        <message>
            <source>{n} emission factor(s) of the inventory are placeholders, not from a published source: the emissions are illustrative.</source>
            <translation>清单中有 {n} 个排放因子是占位值，并非来自已发表的来源：排放量仅作示意。</translation>
        </message>
        <message>
            <source>{n} line(s)</source>
            <translation>{n} 条</translation>
        </message>
        <message>
            <source>{n} line(s) have no category (column 'category' empty or absent).</source>
            <translation>{n} 条记录没有类别（“category”列为空或缺失）。</translation>
        </message>
        <message>
            <source>{n} of {total} emission factors are placeholders, not values from a published source: the emissions they give are illustrative. Replace them with the factors of your inventory before any claim.</source>
            <translation>{total} 个排放因子中有 {n} 个是占位值，并非来自已发表的来源：由此得到的排放量仅作示意。在作出任何声明之前，请换成您清单中的因子。</translation>
        </message>
        <message>
            <source>{n} pixels ({ha:.4f} ha in the areas) have a class in some maps but are nodata in another (clouds, edges): they are left out of both scenarios, so project and baseline stand on the same ground (lost_ha per area).</source>
            <translation>{n} 个像元（区域内 {ha:.4f} 公顷）在部分地图中有类型、在另一幅中为无数据（云、边缘）：它们从两个情景中都剔除，使项目和基线基于同一片土地（各区域的 lost_ha）。</translation>
        </message>
        <message>
            <source>{n} pixels are nodata in some snapshots but not in others; they are left out of every output (nodata), as a pixel needs a class at every snapshot.</source>
            <translation>{n} 个像元在部分快照中为无数据值；由于像元须在每个快照中都有类型，这些像元在所有输出中均为无数据值。</translation>
        </message>
        <message>
            <source>{n} pixels have no class on the first or the last date: value 0 (no data) in the transition map.</source>
            <translation>{n} 个像元在第一个或最后一个日期没有类型：在转换图中为值 0（无数据）。</translation>
        </message>
        <message>
            <source>{n} point(s) have no reference class and were skipped.</source>
            <translation>{n} 个点没有参考类型，已跳过。</translation>
        </message>
        <message>
            <source>{n} reference point(s) fall outside the map or on nodata and were skipped.</source>
            <translation>{n} 个参考点位于分类图范围外或无数据像元上，已跳过。</translation>
        </message>
        <message>
            <source>{n} reference point(s) fall where the last snapshot has no data and were skipped.</source>
            <translation>{n} 个参考点落在最后一期快照无数据处，已跳过。</translation>
        </message>
        <message>
            <source>{n} reference point(s) have a class at one date only ({fields}): feature(s) {ids}. A transition needs the reference class at both dates: label both, or leave both empty to skip the point.</source>
            <translation>{n} 个参考点只有一个日期的类型（{fields}）：要素 {ids}。转换需要两个日期的参考类型：请两者都标注，或都留空以跳过该点。</translation>
        </message>
        <message>
            <source>{n} reference point(s) have no stratum: they lie outside the map or where it has no data. With a buffer stratum each point's stratum is read from the map; check the map class field and the points' positions.</source>
            <translation>{n} 个参考点没有所属层：它们位于图外或图的无数据处。设有缓冲层时，每个点的所属层从图上读取；请检查分类图类型字段和点的位置。</translation>
        </message>
        <message>
            <source>{n} reference point(s) name a class that is neither in the transition table nor in the class scheme: feature {fid} has {pair}. Known classes: {known}. Correct the labels (a class code that does not exist cannot be placed in the error matrix).</source>
            <translation>{n} 个参考点给出的类型既不在转换表中，也不在类型体系中：要素 {fid} 为 {pair}。已知类型：{known}。请更正标注（不存在的类型代码无法放入误差矩阵）。</translation>
        </message>
        <message>
            <source>{n} snapshot layers but {k} years; give one year per layer, in the same order.</source>
            <translation>有 {n} 个快照图层但只有 {k} 个年份；请为每个图层按相同顺序给出一个年份。</translation>
        </message>
        <message>
            <source>{n} training feature(s) fall outside the image or on nodata and were skipped.</source>
            <translation>{n} 个训练要素位于影像范围外或无数据像元上，已跳过。</translation>
        </message>
        <message>
            <source>{n} training feature(s) have no date in {field} and were skipped.</source>
            <translation>{n} 个训练要素在 {field} 中没有日期，已跳过。</translation>
        </message>
        <message>
            <source>{n} transitions between {first} and {last}; {changed:,.4f} ha changed class of {mapped:,.4f} ha mapped on both dates.</source>
            <translation>{first} 至 {last} 年间有 {n} 种类型转换；两个日期均有类型的 {mapped:,.4f} 公顷中，{changed:,.4f} 公顷类型发生了变化。</translation>
        </message>
        <message>
            <source>{output}: {path} exists and is read-only; it cannot be overwritten. Choose another file name.</source>
            <translation>{output}：{path} 已存在且为只读，不能覆盖。请选择其他文件名。</translation>
        </message>
        <message>
            <source>{output}: {path} is a folder. Give a file name.</source>
            <translation>{output}：{path} 是一个文件夹。请给出文件名。</translation>
        </message>
        <message>
            <source>{path} is not a Blue Carbon classifier model file (made by 'Train habitat classifier').</source>
            <translation>{path} 不是蓝碳分类器模型文件（由“训练生境分类器”生成）。</translation>
        </message>
        <message>
            <source>{pct:.0f}% of the {role} band's values lie outside the valid range {lo}–{hi} DN of {sensor}: this image is not that product (with its scaling, reflectance would be negative). Choose the image's sensor preset, or Custom with its scale and offset.</source>
            <translation>{role} 波段有 {pct:.0f}% 的值超出 {sensor} 的有效范围 {lo}–{hi} DN：该影像不是此产品（按其缩放，反射率将为负值）。请选择影像对应的传感器预设，或使用自定义传感器并给出比例系数和偏移量。</translation>
        </message>
        <message>
            <source>{problem} FORCE_SCALING is set: going on with this scaling.</source>
            <translation>{problem} 已设置 FORCE_SCALING：按此缩放继续运行。</translation>
        </message>
        <message>
            <source>{problem} If the scale and offset are right, set FORCE_SCALING to go on.</source>
            <translation>{problem} 如果比例系数和偏移量确实无误，请设置 FORCE_SCALING 以继续运行。</translation>
        </message>
        <message>
            <source>{role}: reference = {offset:+.5f} + {gain:.5f} × target; R² {r2:.4f}; error on held-out invariant pixels {before:.5f} before, {after:.5f} after (reflectance, root mean square).</source>
            <translation>{role}：参考 = {offset:+.5f} + {gain:.5f} × 目标；R² {r2:.4f}；留出的不变像元上的误差：归一化前 {before:.5f}，归一化后 {after:.5f}（反射率，均方根）。</translation>
        </message>
        <message>
            <source>{scenario} scenario: {message}</source>
            <translation>{scenario}情景：{message}</translation>
        </message>
        <message>
            <source>{scenario}: land-cover maps (class rasters)</source>
            <translation>{scenario}：土地覆盖地图（分类栅格）</translation>
        </message>
        <message>
            <source>{scenario}: land-cover snapshot table (InVEST CSV)</source>
            <translation>{scenario}：土地覆盖快照表（InVEST CSV）</translation>
        </message>
        <message>
            <source>{scenario}: years of the maps (comma list, same order)</source>
            <translation>{scenario}：地图年份（逗号分隔，顺序相同）</translation>
        </message>
        <message>
            <source>{share:.1f}% of the image's valid pixels have spectra outside the training range of the class the model gives them, more than the training images' {base:.1f}% plus UNSEEN_LIMIT ({limit:.1f}% in all); most often in {worst}. The image's radiometry differs from the training images' (another date, sensor, atmosphere or scaling), or it holds surfaces the model does not know (clouds). Normalise the image to the training image (Normalise an image to a reference), add training samples of this date, mask what the model does not know (MASK), check the sensor preset and scaling, or set ALLOW_UNSEEN to classify anyway.</source>
            <translation>影像有效像元中有 {share:.1f}% 的光谱超出模型所赋类型的训练范围，多于训练影像的 {base:.1f}% 加上 UNSEEN_LIMIT（合计 {limit:.1f}%）；最常见于 {worst}。影像的辐射水平与训练影像不同（日期、传感器、大气或缩放不同），或者含有模型不认识的地物（云）。请把影像归一化到训练影像（“将影像归一化到参考影像（IR-MAD）”）、加入该日期的训练样本、掩膜掉模型不认识的地物（MASK）、检查传感器预设和缩放，或设置 ALLOW_UNSEEN 以仍然分类。</translation>
        </message>
        <message>
            <source>{share:.1f}% of the image's valid pixels have spectra the model has not seen (more than {limit:.1f}%: the training images' {base:.1f}% and UNSEEN_LIMIT); ALLOW_UNSEEN is set, so they are classified anyway: check the map.</source>
            <translation>影像有效像元中有 {share:.1f}% 的光谱是模型未见过的（多于 {limit:.1f}%：训练影像的 {base:.1f}% 加上 UNSEEN_LIMIT）；已设置 ALLOW_UNSEEN，仍予以分类：请检查分类图。</translation>
        </message>
        <message>
            <source>{species} removes no carbon under this method: more of it cannot close the deficit.</source>
            <translation>{species} 在此方法下不移出碳：增加其养殖无法弥补缺口。</translation>
        </message>
        <message>
            <source>{species}: {verified}</source>
            <translation>{species}：{verified}</translation>
        </message>
        <message>
            <source>{value}{unit} (95% interval {lo}–{hi}{unit})</source>
            <translation>{value}{unit}（95% 区间 {lo}–{hi}{unit}）</translation>
        </message>
        <message>
            <source>{what} ({name}) holds {kind}, not points. The reference sample must be points, one per sample unit, as written by the sampling design tool; points can be drawn in polygons with Vector › Research Tools › Random Points Inside Polygons.</source>
            <translation>{what}（{name}）包含的是{kind}，不是点。参考样本必须是点，每个样本单元一个点，即抽样设计工具写出的格式；可用“矢量 › 研究工具 › 多边形内随机点”在多边形中生成点。</translation>
        </message>
        <message>
            <source>{what} covers no pixel of the image: check its coordinate reference system ({crs}; the image is in {image_crs}) and that it lies over the image.</source>
            <translation>{what}未覆盖影像的任何像元：请检查其坐标参考系（{crs}；影像为 {image_crs}）以及它是否位于影像范围内。</translation>
        </message>
        <message>
            <source>{what} covers {pct:.1f}% of the image.</source>
            <translation>{what}覆盖影像的 {pct:.1f}%。</translation>
        </message>
        <message>
            <source>{what} has coordinates from ({x0:.0f}, {y0:.0f}) to ({x1:.0f}, {y1:.0f}), outside the range of its geographic CRS {crs} (longitude −180…180, latitude −90…90). The layer's CRS is probably wrong: projected coordinates (such as UTM metres) declared as {crs}. Set the right CRS (Layer Properties › Source, or Assign Projection) and run again.</source>
            <translation>{what}的坐标范围为 ({x0:.0f}, {y0:.0f}) 至 ({x1:.0f}, {y1:.0f})，超出其地理坐标系 {crs} 的范围（经度 −180…180，纬度 −90…90）。图层的坐标参考系很可能有误：投影坐标（如 UTM 米）被声明为 {crs}。请设置正确的坐标参考系（图层属性 › 源，或“指定投影”）后重新运行。</translation>
        </message>
        <message>
            <source>{what} has coordinates outside the valid area of its CRS ({crs}), so they cannot be transformed. Most likely the layer's CRS is wrong, for example coordinates in metres in a file read as WGS 84 degrees (a GeoJSON file without a "crs" member). Set the layer's correct CRS and run again.</source>
            <translation>{what}的坐标超出其坐标参考系（{crs}）的有效范围，无法转换。最可能的原因是该图层的坐标参考系有误，例如以米为单位的坐标被当作 WGS 84 经纬度读取（没有“crs”成员的 GeoJSON 文件）。请为图层设置正确的坐标参考系后重新运行。</translation>
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
            <source>{what} has no field {field}; its fields are: {fields}. Set the reference class field to the field that holds the labels.</source>
            <translation>{what}没有字段 {field}；其字段为：{fields}。请将参考类型字段设为存放标注的字段。</translation>
        </message>
        <message>
            <source>{what} is transformed from {src} to {dst} with PROJ's default coordinate operation (the project chooses none): {operation}</source>
            <translation>{what}从 {src} 转换到 {dst}，使用 PROJ 的默认坐标操作（项目未指定）：{operation}</translation>
        </message>
        <message>
            <source>{what} is transformed from {src} to {dst} with the coordinate operation chosen in the project's transformations: {operation}</source>
            <translation>{what}从 {src} 转换到 {dst}，使用项目“转换”设置中选定的坐标操作：{operation}</translation>
        </message>
        <message>
            <source>{what} reaches the coordinates ({x:.6g}, {y:.6g}), which lie outside the valid area of its CRS, {crs}. The layer's CRS is probably wrong (for example metres of a projected CRS declared as EPSG:4326; a GeoJSON file without a "crs" member is always read as EPSG:4326). Set the layer's CRS to the one its coordinates are in (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}的坐标范围达到 ({x:.6g}, {y:.6g})，位于其坐标参考系 {crs} 的有效范围之外。该图层的坐标参考系很可能设错了（例如投影坐标系的米被声明为 EPSG:4326；不含 "crs" 成员的 GeoJSON 文件总是按 EPSG:4326 读取）。请把图层的坐标参考系设为其坐标实际所用的坐标参考系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
        <message>
            <source>ΔC = Σ over {period} of (project − baseline) stock change, removals positive</source>
            <translation>ΔC = {period}内（项目 − 基线）碳储量变化之和，清除为正</translation>
        </message>
        <message>
            <source>ΔC′ = ΔC − A</source>
            <translation>ΔC′ = ΔC − A</translation>
        </message>
        <message>
            <source>⚑ a user's accuracy of 0 or 1 gets a 95% half-width of 0 from Olofsson et al.'s formula; that is not certainty, so the Wilson score interval (Brown, Cai &amp; DasGupta 2001) is given beside it.</source>
            <translation>⚑ 用户精度为0或1时，按 Olofsson 等的公式其95%半宽为0；这并不代表确定无误，因此在旁给出 Wilson 得分区间（Brown, Cai &amp; DasGupta 2001）。</translation>
        </message>
    </context>
</TS>
