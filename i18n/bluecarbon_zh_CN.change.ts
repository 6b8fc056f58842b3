<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Carbon stock change over time</source>
            <translation>碳储量随时间的变化</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>土地覆盖快照</translation>
        </message>
        <message>
            <source>Analysis year</source>
            <translation>分析年份</translation>
        </message>
        <message>
            <source>Biophysical table</source>
            <translation>生物物理参数表</translation>
        </message>
        <message>
            <source>Transition table</source>
            <translation>转换表</translation>
        </message>
        <message>
            <source>Reading of the model</source>
            <translation>模型解读方式</translation>
        </message>
        <message>
            <source>Valuation</source>
            <translation>价值评估</translation>
        </message>
        <message>
            <source>Change by area and period (t CO2e)</source>
            <translation>按区域和时段的变化（t CO2e）</translation>
        </message>
        <message>
            <source>Stock over time by area (t CO2e)</source>
            <translation>各区域碳储量随时间变化（t CO2e）</translation>
        </message>
        <message>
            <source>Transitions that occurred (whole raster)</source>
            <translation>发生的类型转换（整幅栅格）</translation>
        </message>
        <message>
            <source>the whole raster</source>
            <translation>整幅栅格</translation>
        </message>
        <message>
            <source>InVEST User's Guide equations</source>
            <translation>InVEST 用户指南中的公式</translation>
        </message>
        <message>
            <source>natcap.invest 3.14.2 code (bit-for-bit)</source>
            <translation>natcap.invest 3.14.2 代码（逐位一致）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>InVEST Coastal Blue Carbon bookkeeping, per pixel, year by year: accumulation at the yearly rate of the class a transition leads to ('accum'), exponential emission of the disturbed share of the stock with the source class's half-life ('low/med/high-impact-disturb'), no change ('NCC'). Values are Mg CO2e per hectare; totals per area are the per-pixel values times the exact ellipsoidal area of the pixel inside the area.</source>
            <translation>InVEST 滨海蓝碳簿记法，逐像元、逐年计算：转换后类型按其年累积速率累积（“accum”）；受扰动部分的储量按来源类型的半衰期呈指数排放（“low/med/high-impact-disturb”）；无变化（“NCC”）。数值单位为每公顷 Mg CO2e；各区域总量为像元值乘以该像元位于区域内部分的精确椭球面积。</translation>
        </message>
        <message>
            <source>Intervals: every biophysical value with _lo/_hi bounds is drawn once per iteration (the same draw for every pixel and area); the interval is the 2.5–97.5 percentile of the totals, widened to include the central value when the draws are skewed.</source>
            <translation>区间：每个带 _lo/_hi 界限的生物物理参数在每次迭代中抽样一次（所有像元和区域共用同一抽样）；区间取总量的 2.5–97.5 百分位数，抽样偏斜时扩展至包含中心值。</translation>
        </message>
        <message>
            <source>From</source>
            <translation>转出类型</translation>
        </message>
        <message>
            <source>To</source>
            <translation>转入类型</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时段</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>转换方式</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>像元数</translation>
        </message>
        <message>
            <source>prices {first}–{last}, discount rate {d} %</source>
            <translation>价格 {first}–{last}，贴现率 {d} %</translation>
        </message>
        <message>
            <source>Net removals of the project against its baseline</source>
            <translation>项目相对基线的净清除量</translation>
        </message>
        <message>
            <source>Project scenario (change table)</source>
            <translation>项目情景（变化表）</translation>
        </message>
        <message>
            <source>Baseline scenario (change table)</source>
            <translation>基线情景（变化表）</translation>
        </message>
        <message>
            <source>Crediting period</source>
            <translation>计入期</translation>
        </message>
        <message>
            <source>Leakage (% of the gross removals)</source>
            <translation>泄漏（占总清除量的 %）</translation>
        </message>
        <message>
            <source>Non-permanence buffer (% withheld)</source>
            <translation>非持久性缓冲（扣留 %）</translation>
        </message>
        <message>
            <source>Baseline net sequestration</source>
            <translation>基线净固碳量</translation>
        </message>
        <message>
            <source>Project net sequestration</source>
            <translation>项目净固碳量</translation>
        </message>
        <message>
            <source>Gross removals attributable to the project</source>
            <translation>项目带来的总清除量</translation>
        </message>
        <message>
            <source>Leakage</source>
            <translation>泄漏</translation>
        </message>
        <message>
            <source>Non-permanence buffer</source>
            <translation>非持久性缓冲</translation>
        </message>
        <message>
            <source>Net removals</source>
            <translation>净清除量</translation>
        </message>
        <message>
            <source>Statement of net removals, all areas (t CO2e)</source>
            <translation>净清除量说明，全部区域（t CO2e）</translation>
        </message>
        <message>
            <source>By area over the crediting period (t CO2e)</source>
            <translation>计入期内按区域汇总（t CO2e）</translation>
        </message>
        <message>
            <source>By area and year (t CO2e)</source>
            <translation>按区域和年份（t CO2e）</translation>
        </message>
        <message>
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>No land-cover snapshot was given; give at least one class raster with its year.</source>
            <translation>未提供土地覆盖快照；请至少提供一幅分类栅格及其年份。</translation>
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
            <source>The analysis year {year} is before the last snapshot ({last}); give an analysis year of {last} or later, or leave it empty.</source>
            <translation>分析年份 {year} 早于最后一个快照（{last}）；请给出 {last} 或更晚的分析年份，或留空。</translation>
        </message>
        <message>
            <source>With a single snapshot ({year}) an analysis year after it is needed.</source>
            <translation>只有一个快照（{year}）时，需要一个晚于它的分析年份。</translation>
        </message>
        <message>
            <source>The snapshots have class(es) {classes} that the biophysical table {path} lacks; add a row for each (code, lulc-class and the pool columns).</source>
            <translation>快照中有生物物理参数表 {path} 缺少的类型 {classes}；请为每个类型添加一行（code、lulc-class 及各碳库列）。</translation>
        </message>
        <message>
            <source>Every pixel is nodata in at least one snapshot; there is nothing to account for.</source>
            <translation>每个像元至少在一个快照中为无数据值；没有可核算的内容。</translation>
        </message>
        <message>
            <source>The price table has no price for the year(s) {years}; it needs every year from the baseline {first} to {last}.</source>
            <translation>价格表缺少年份 {years} 的价格；需要从基准年 {first} 到 {last} 的每一年。</translation>
        </message>
        <message>
            <source>The {year} snapshot ({path}) is {w} x {h} pixels but the {base} snapshot is {w0} x {h0}; all snapshots must share one grid (resample them onto the first with gdalwarp -tr/-te, nearest neighbour).</source>
            <translation>{year} 年快照（{path}）为 {w} x {h} 像元，而 {base} 年快照为 {w0} x {h0}；所有快照须使用同一网格（用 gdalwarp -tr/-te 最近邻重采样到第一个快照）。</translation>
        </message>
        <message>
            <source>The {year} snapshot ({path}) has the same size as the {base} snapshot but another position, pixel size or CRS; all snapshots must share one grid.</source>
            <translation>{year} 年快照（{path}）与 {base} 年快照尺寸相同，但位置、像元大小或坐标参考系不同；所有快照须使用同一网格。</translation>
        </message>
        <message>
            <source>{n} classes over {k} snapshots are too many combinations to track; merge classes or use fewer snapshots.</source>
            <translation>{n} 个类型、{k} 个快照的组合过多，无法跟踪；请合并类型或减少快照。</translation>
        </message>
        <message>
            <source>Carbon stock at {year}</source>
            <translation>{year} 年碳储量</translation>
        </message>
        <message>
            <source>Total net sequestration</source>
            <translation>总净固碳量</translation>
        </message>
        <message>
            <source>The transition {src} -&gt; {dst} (codes {a} -&gt; {b}) occurs on {n} pixels between {y0} and {y1}, but its cell in the transition table is empty. Fill it with accum, low-impact-disturb, med-impact-disturb, high-impact-disturb or NCC (the transition template lists every pair that occurs).</source>
            <translation>转换 {src} -&gt; {dst}（代码 {a} -&gt; {b}）在 {y0} 至 {y1} 年间发生于 {n} 个像元，但转换表中对应单元格为空。请填写 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb 或 NCC（转换表模板列出了所有发生的类型对）。</translation>
        </message>
        <message>
            <source>Accumulation {start}-{end}</source>
            <translation>{start}-{end} 年累积量</translation>
        </message>
        <message>
            <source>Emissions {start}-{end}</source>
            <translation>{start}-{end} 年排放量</translation>
        </message>
        <message>
            <source>Net sequestration {start}-{end}</source>
            <translation>{start}-{end} 年净固碳量</translation>
        </message>
        <message>
            <source>{n} pixels are nodata in some snapshots but not in others; they are left out of every output (nodata), as a pixel needs a class at every snapshot.</source>
            <translation>{n} 个像元在部分快照中为无数据值；由于像元须在每个快照中都有类型，这些像元在所有输出中均为无数据值。</translation>
        </message>
        <message>
            <source>Net present value at {year}</source>
            <translation>{year} 年净现值</translation>
        </message>
        <message>
            <source>Area {n} does not overlap any pixel that has a class in every snapshot; its totals are zero.</source>
            <translation>区域 {n} 未覆盖任何在所有快照中都有类型的像元；其总量为零。</translation>
        </message>
        <message>
            <source>The {what} has no rows.</source>
            <translation>{what}没有数据行。</translation>
        </message>
        <message>
            <source>Leakage and buffer are percentages between 0 and 100 (got {leak} and {buf}).</source>
            <translation>泄漏和缓冲为 0 到 100 之间的百分比（得到 {leak} 和 {buf}）。</translation>
        </message>
        <message>
            <source>The project and baseline tables must list the same areas; only in the project: {p}; only in the baseline: {b}.</source>
            <translation>项目表和基线表须列出相同的区域；仅在项目表中：{p}；仅在基线表中：{b}。</translation>
        </message>
        <message>
            <source>The crediting period {start}-{end} is empty; its end must be after its start.</source>
            <translation>计入期 {start}-{end} 为空；结束年份须晚于开始年份。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the period {start}-{end} is empty.</source>
            <translation>{what}第 {row} 行：时段 {start}-{end} 为空。</translation>
        </message>
        <message>
            <source>The {what} lacks the field {field}; give the change table written by 'Carbon stock change over time'.</source>
            <translation>{what}缺少字段 {field}；请提供“碳储量随时间的变化”输出的变化表。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has an empty or non-numeric period or net sequestration.</source>
            <translation>{what}第 {row} 行的时段或净固碳量为空或不是数字。</translation>
        </message>
        <message>
            <source>Area {area} has two periods covering the year {year}.</source>
            <translation>区域 {area} 有两个时段覆盖 {year} 年。</translation>
        </message>
        <message>
            <source>The {which} table has no period covering the year {year} for area {area}; the crediting period {start}-{end} must lie within both scenarios' periods.</source>
            <translation>{which}表中区域 {area} 没有覆盖 {year} 年的时段；计入期 {start}-{end} 须位于两个情景的时段之内。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a whole year.</source>
            <translation>{what}第 {row} 行，列“{column}”：“{value}”不是整数年份。</translation>
        </message>
        <message>
            <source>The {what} {path} must have 'lulc-class' as its first column header (found '{first}').</source>
            <translation>{what} {path} 的第一列表头须为“lulc-class”（实为“{first}”）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has no raster_path.</source>
            <translation>{what}第 {row} 行没有 raster_path。</translation>
        </message>
        <message>
            <source>The {what} {path} lists the year {year} twice (rows {a} and {b}); each snapshot year must appear once.</source>
            <translation>{what} {path} 两次列出 {year} 年（第 {a} 和 {b} 行）；每个快照年份只能出现一次。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has no lulc-class name.</source>
            <translation>{what}第 {row} 行没有 lulc-class 名称。</translation>
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
            <source>The {what}'s header row has a column '{name}' that is not a lulc-class of the biophysical table {bio}.</source>
            <translation>{what}的表头中有一列“{name}”不是生物物理参数表 {bio} 中的 lulc-class。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the lulc-class '{name}' is not in the biophysical table {bio}.</source>
            <translation>{what}第 {row} 行：lulc-class“{name}”不在生物物理参数表 {bio} 中。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: is_coastal_blue_carbon_habitat is '{value}'; use TRUE or FALSE.</source>
            <translation>{what}第 {row} 行：is_coastal_blue_carbon_habitat 为“{value}”；请使用 TRUE 或 FALSE。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': {value} is negative; stocks, rates, half-lives and disturbance fractions must be zero or positive.</source>
            <translation>{what}第 {row} 行，列“{column}”：{value} 为负数；储量、速率、半衰期和扰动比例须为零或正数。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': {value} is a fraction of the stock disturbed and must lie between 0 and 1.</source>
            <translation>{what}第 {row} 行，列“{column}”：{value} 是受扰动储量的比例，须在 0 到 1 之间。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: column '{column}' has only one of its _lo/_hi bounds; give both or neither.</source>
            <translation>{what}第 {row} 行：列“{column}”只有 _lo/_hi 界限中的一个；请两个都给出或都不给。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the bounds of '{column}' ({lo} to {hi}) do not contain its value {value}.</source>
            <translation>{what}第 {row} 行：“{column}”的界限（{lo} 到 {hi}）不包含其值 {value}。</translation>
        </message>
        <message>
            <source>Row {row} of the {what} has a value '{value}' in a column without a class name.</source>
            <translation>{what}第 {row} 行在没有类型名称的列中有值“{value}”。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: '{value}' ({src} to {dst}) is not a transition kind; use one of accum, low-impact-disturb, med-impact-disturb, high-impact-disturb, NCC.</source>
            <translation>{what}第 {row} 行：“{value}”（{src} 到 {dst}）不是转换方式；请使用 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb、NCC 之一。</translation>
        </message>
        <message>
            <source>Carbon stocks, accumulation, emissions, net sequestration and net present value over time from land-cover snapshots, as InVEST Coastal Blue Carbon computes them, with totals per project area.

Reads InVEST's own tables unchanged: the snapshot table (snapshot_year, raster_path), the biophysical table (code, lulc-class, initial stocks, half-lives, disturbance fractions and yearly accumulation per pool) and the transition table (accum, low-/med-/high-impact-disturb, NCC per from/to class). The plugin's own class values (1 open water … 9 other land) work as codes. Values are Mg CO2e per hectare (or Mg C per hectare, converted with 44/12, if so chosen).

Two readings: the InVEST User's Guide equations (default: net sequestration = accumulation − emissions = change of stock, litter included) or natcap.invest 3.14.2's code, bit for bit (the README lists where they differ).

Any CRS: areas are true ellipsoidal areas; a pixel partly inside an area counts by the share of its area inside. Uncertainty: _lo/_hi columns of the biophysical table give Monte Carlo intervals. Snapshots must share one grid; a pair of classes that occurs but has no transition is refused, naming it.</source>
            <translation>按 InVEST 滨海蓝碳模型的方法，由土地覆盖快照计算碳储量、累积量、排放量、净固碳量和净现值随时间的变化，并给出各项目区域的总量。

直接读取 InVEST 自己的表格：快照表（snapshot_year、raster_path）、生物物理参数表（code、lulc-class、各碳库的初始储量、半衰期、扰动比例和年累积量）和转换表（每对转出/转入类型的 accum、low-/med-/high-impact-disturb、NCC）。插件自己的类型值（1 开阔水域 … 9 其他陆地）可作为代码使用。数值单位为每公顷 Mg CO2e（如选择，也可为每公顷 Mg C，按 44/12 换算）。

两种解读：InVEST 用户指南中的公式（默认：净固碳量 = 累积量 − 排放量 = 储量变化，含凋落物）或 natcap.invest 3.14.2 代码（逐位一致；两者的差异见 README）。

支持任意坐标参考系：面积为椭球面真实面积；部分位于区域内的像元按其位于区域内的面积比例计入。不确定性：生物物理参数表的 _lo/_hi 列给出蒙特卡洛区间。各快照须使用同一网格；出现但没有转换定义的类型对会被拒绝并指明。</translation>
        </message>
        <message>
            <source>InVEST's snapshot CSV: snapshot_year, raster_path (paths relative to the CSV's folder). Or give the snapshot layers and their years below.</source>
            <translation>InVEST 的快照 CSV：snapshot_year、raster_path（路径相对于 CSV 所在文件夹）。也可在下方给出快照图层及其年份。</translation>
        </message>
        <message>
            <source>Class rasters of the snapshot dates, on one grid, used when no snapshot table is given.</source>
            <translation>各快照日期的分类栅格（同一网格），未提供快照表时使用。</translation>
        </message>
        <message>
            <source>One year per snapshot layer, in the same order, e.g. 2019, 2024.</source>
            <translation>每个快照图层一个年份，顺序相同，例如 2019, 2024。</translation>
        </message>
        <message>
            <source>InVEST 3.14's biophysical table; optional &lt;column&gt;_lo/&lt;column&gt;_hi bounds give intervals.</source>
            <translation>InVEST 3.14 的生物物理参数表；可选的 &lt;列名&gt;_lo/&lt;列名&gt;_hi 界限用于计算区间。</translation>
        </message>
        <message>
            <source>InVEST's transition matrix: lulc-class rows (from) and columns (to); cells accum, low-impact-disturb, med-impact-disturb, high-impact-disturb, NCC or empty. The transition template algorithm writes one listing the pairs that occur.</source>
            <translation>InVEST 的转换矩阵：lulc-class 行（转出）和列（转入）；单元格为 accum、low-impact-disturb、med-impact-disturb、high-impact-disturb、NCC 或空。“转换表模板”算法可生成列出所有发生类型对的模板。</translation>
        </message>
        <message>
            <source>Last year of the analysis (at or after the last snapshot). Empty: the last snapshot year.</source>
            <translation>分析的最后年份（不早于最后一个快照）。留空：最后一个快照年份。</translation>
        </message>
        <message>
            <source>With the inflation rate, gives each year's price (as InVEST). Empty and no price table: no valuation.</source>
            <translation>与价格年增长率一起给出每年的价格（同 InVEST）。留空且无价格表：不做价值评估。</translation>
        </message>
        <message>
            <source>price_t = price × (1 + rate/100)^(t − first year).</source>
            <translation>price_t = price × (1 + rate/100)^(t − 首年)。</translation>
        </message>
        <message>
            <source>A price for every year from the first snapshot to the year before the analysis year; replaces the price and increase above.</source>
            <translation>从第一个快照到分析年份前一年的每年价格；将替代上面的价格和增长率。</translation>
        </message>
        <message>
            <source>Yearly discount rate of the net present value.</source>
            <translation>净现值的年贴现率。</translation>
        </message>
        <message>
            <source>Polygons in any CRS; each gets one row per period. Empty: the whole raster.</source>
            <translation>任意坐标参考系的多边形；每个多边形每个时段一行。留空：整幅栅格。</translation>
        </message>
        <message>
            <source>Values written as area_id; empty: the feature id.</source>
            <translation>写入 area_id 的值；留空：要素 ID。</translation>
        </message>
        <message>
            <source>Where natcap.invest's code and its User's Guide differ (litter, accumulation after a disturbance, net present value), which to follow.</source>
            <translation>natcap.invest 代码与其用户指南不一致之处（凋落物、扰动后的累积、净现值）遵循哪一方。</translation>
        </message>
        <message>
            <source>Stocks and rates in carbon are converted to CO2e with 44/12.</source>
            <translation>以碳计的储量和速率按 44/12 换算为 CO2e。</translation>
        </message>
        <message>
            <source>Draws of the bounded biophysical values for the _lo/_hi fields.</source>
            <translation>对带界限的生物物理参数抽样，得到 _lo/_hi 字段。</translation>
        </message>
        <message>
            <source>The same seed gives the same intervals.</source>
            <translation>相同的种子给出相同的区间。</translation>
        </message>
        <message>
            <source>Per-pixel rasters named as InVEST names them (carbon-stock-at-&lt;year&gt;.tif, carbon-accumulation-between-&lt;a&gt;-and-&lt;b&gt;.tif, carbon-emissions-…, total-net-carbon-sequestration-…, net-present-value-at-&lt;year&gt;.tif), Mg CO2e per ha.</source>
            <translation>逐像元栅格，按 InVEST 的方式命名（carbon-stock-at-&lt;年&gt;.tif、carbon-accumulation-between-&lt;a&gt;-and-&lt;b&gt;.tif、carbon-emissions-…、total-net-carbon-sequestration-…、net-present-value-at-&lt;年&gt;.tif），单位为每公顷 Mg CO2e。</translation>
        </message>
        <message>
            <source>One row per area and period: area_id, period_start, period_end, stock_start_tco2e, stock_end_tco2e, accumulation_tco2e, emissions_tco2e, net_sequestration_tco2e (with _lo/_hi), npv.</source>
            <translation>每个区域每个时段一行：area_id、period_start、period_end、stock_start_tco2e、stock_end_tco2e、accumulation_tco2e、emissions_tco2e、net_sequestration_tco2e（含 _lo/_hi）、npv。</translation>
        </message>
        <message>
            <source>Method and formulas, the stock time series per area, the transitions that occurred.</source>
            <translation>方法与公式、各区域碳储量时间序列、发生的类型转换。</translation>
        </message>
        <message>
            <source>Give either the snapshot table or the snapshot layers with their years.</source>
            <translation>请提供快照表，或提供快照图层及其年份。</translation>
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
            <source>Snapshot years (comma list, same order)</source>
            <translation>快照年份（逗号分隔，顺序相同）</translation>
        </message>
        <message>
            <source>Biophysical table (InVEST CSV)</source>
            <translation>生物物理参数表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Transition table (InVEST CSV)</source>
            <translation>转换表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Carbon price (per Mg CO2e) in the first year</source>
            <translation>首年碳价（每 Mg CO2e）</translation>
        </message>
        <message>
            <source>Yearly price increase (%)</source>
            <translation>价格年增长率（%）</translation>
        </message>
        <message>
            <source>Price table (year, price)</source>
            <translation>价格表（year、price）</translation>
        </message>
        <message>
            <source>Discount rate (%)</source>
            <translation>贴现率（%）</translation>
        </message>
        <message>
            <source>Units of the biophysical table</source>
            <translation>生物物理参数表的单位</translation>
        </message>
        <message>
            <source>Output folder (rasters)</source>
            <translation>输出文件夹（栅格）</translation>
        </message>
        <message>
            <source>Change by area and period</source>
            <translation>按区域和时段的变化</translation>
        </message>
        <message>
            <source>The biophysical table is read as Mg C per ha and converted to CO2e (× 44/12).</source>
            <translation>生物物理参数表按每公顷 Mg C 读取并换算为 CO2e（× 44/12）。</translation>
        </message>
        <message>
            <source>{n} snapshot layers but {k} years; give one year per layer, in the same order.</source>
            <translation>有 {n} 个快照图层但只有 {k} 个年份；请为每个图层按相同顺序给出一个年份。</translation>
        </message>
        <message>
            <source>Mg CO2e per ha (as InVEST)</source>
            <translation>每公顷 Mg CO2e（同 InVEST）</translation>
        </message>
        <message>
            <source>Mg C per ha (× 44/12)</source>
            <translation>每公顷 Mg C（× 44/12）</translation>
        </message>
        <message>
            <source>Snapshots {years}, analysis year {year}; reading: {method}.</source>
            <translation>快照 {years}，分析年份 {year}；解读方式：{method}。</translation>
        </message>
        <message>
            <source>Net sequestration {start}–{end}: {net:,.1f} t CO2e (accumulation {acc:,.1f}, emissions {emi:,.1f}).</source>
            <translation>{start}–{end} 年净固碳量：{net:,.1f} t CO2e（累积 {acc:,.1f}，排放 {emi:,.1f}）。</translation>
        </message>
        <message>
            <source>Snapshot years: '{value}' is not a year; give whole years separated by commas, one per snapshot layer.</source>
            <translation>快照年份：“{value}”不是年份；请给出以逗号分隔的整数年份，每个快照图层一个。</translation>
        </message>
        <message>
            <source>whole raster</source>
            <translation>整幅栅格</translation>
        </message>
        <message>
            <source>Net removals of a project against its baseline</source>
            <translation>项目相对基线的净清除量</translation>
        </message>
        <message>
            <source>The same table for the scenario without the project.</source>
            <translation>无项目情景的同类表。</translation>
        </message>
        <message>
            <source>Empty: the first year both tables cover.</source>
            <translation>留空：两个表都覆盖的第一年。</translation>
        </message>
        <message>
            <source>The period is [first year, end); empty: the last year both tables cover, plus one.</source>
            <translation>计入期为 [首年, 结束年)；留空：两个表都覆盖的最后一年加一。</translation>
        </message>
        <message>
            <source>Share of the gross removals lost to displaced activities.</source>
            <translation>因活动转移而损失的总清除量比例。</translation>
        </message>
        <message>
            <source>Share withheld from the removals after leakage, from the registry's risk assessment.</source>
            <translation>扣除泄漏后按登记机构风险评估扣留的清除量比例。</translation>
        </message>
        <message>
            <source>Language of the HTML statement.</source>
            <translation>HTML 说明的语言。</translation>
        </message>
        <message>
            <source>area_id, year, baseline_tco2e, project_tco2e, gross_removals_tco2e, leakage_tco2e, buffer_tco2e, net_removals_tco2e (with _lo/_hi).</source>
            <translation>area_id、year、baseline_tco2e、project_tco2e、gross_removals_tco2e、leakage_tco2e、buffer_tco2e、net_removals_tco2e（含 _lo/_hi）。</translation>
        </message>
        <message>
            <source>Baseline, project, leakage, buffer and net, line by line.</source>
            <translation>逐行列出基线、项目、泄漏、缓冲和净清除量。</translation>
        </message>
        <message>
            <source>Project scenario change table</source>
            <translation>项目情景变化表</translation>
        </message>
        <message>
            <source>Baseline scenario change table</source>
            <translation>基线情景变化表</translation>
        </message>
        <message>
            <source>First year of the crediting period</source>
            <translation>计入期首年</translation>
        </message>
        <message>
            <source>End of the crediting period (exclusive)</source>
            <translation>计入期结束年（不含）</translation>
        </message>
        <message>
            <source>Leakage (%)</source>
            <translation>泄漏（%）</translation>
        </message>
        <message>
            <source>Non-permanence buffer (%)</source>
            <translation>非持久性缓冲（%）</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>报告语言</translation>
        </message>
        <message>
            <source>Net removals by area and year</source>
            <translation>按区域和年份的净清除量</translation>
        </message>
        <message>
            <source>Statement (HTML)</source>
            <translation>说明（HTML）</translation>
        </message>
        <message>
            <source>The project removes no more than its baseline over the crediting period: no net removals.</source>
            <translation>计入期内项目的清除量不高于基线：没有净清除量。</translation>
        </message>
        <message>
            <source>QGIS language</source>
            <translation>QGIS 语言</translation>
        </message>
        <message>
            <source>Crediting period {start}–{end}: net removals {net:,.1f} t CO2e (baseline {b:,.1f}, project {p:,.1f}, leakage {l:,.1f}, buffer {u:,.1f}).</source>
            <translation>计入期 {start}–{end}：净清除量 {net:,.1f} t CO2e（基线 {b:,.1f}，项目 {p:,.1f}，泄漏 {l:,.1f}，缓冲 {u:,.1f}）。</translation>
        </message>
        <message>
            <source>Transition table template</source>
            <translation>转换表模板</translation>
        </message>
        <message>
            <source>Writes the transition table for 'Carbon stock change over time' (InVEST's format) listing every from/to class pair that occurs between consecutive snapshots, as InVEST's preprocessor does, with the pixel count and the true (ellipsoidal) area of each pair and period below the table.

Cells are pre-filled with InVEST's rule: into a coastal blue carbon habitat 'accum', out of one 'disturb' (replace it with low-, med- or high-impact-disturb), between other classes 'NCC'. Check every suggestion. Class names and habitat flags come from InVEST's land-cover lookup table (code, lulc-class, is_coastal_blue_carbon_habitat) or, without one, from the plugin's class scheme (mangrove, salt marsh and seagrass are habitats).</source>
            <translation>与 InVEST 预处理器一样，为“碳储量随时间的变化”写出转换表（InVEST 格式），列出相邻快照之间发生的每一对转出/转入类型，并在表下给出每对类型、每个时段的像元数和真实（椭球面）面积。

单元格按 InVEST 的规则预填：转入滨海蓝碳生境为“accum”，转出生境为“disturb”（请改为 low-、med- 或 high-impact-disturb），其他类型之间为“NCC”。请逐项核对。类型名称和生境标志来自 InVEST 的土地覆盖查找表（code、lulc-class、is_coastal_blue_carbon_habitat），若无该表则来自插件的类型方案（红树林、盐沼和海草床为生境）。</translation>
        </message>
        <message>
            <source>snapshot_year, raster_path; or the layers and years below.</source>
            <translation>snapshot_year、raster_path；或下方的图层和年份。</translation>
        </message>
        <message>
            <source>Class rasters on one grid, used when no snapshot table is given.</source>
            <translation>同一网格上的分类栅格，未提供快照表时使用。</translation>
        </message>
        <message>
            <source>One year per snapshot layer.</source>
            <translation>每个快照图层一个年份。</translation>
        </message>
        <message>
            <source>code, lulc-class, is_coastal_blue_carbon_habitat. Empty: the plugin's class scheme.</source>
            <translation>code、lulc-class、is_coastal_blue_carbon_habitat。留空：插件的类型方案。</translation>
        </message>
        <message>
            <source>InVEST's transition matrix, then the pixel counts and areas of each pair.</source>
            <translation>InVEST 的转换矩阵，其后为每对类型的像元数和面积。</translation>
        </message>
        <message>
            <source>One row per pair and period: from/to code and name, pixels, area_ha, suggested kind.</source>
            <translation>每对类型每个时段一行：转出/转入代码和名称、像元数、area_ha、建议的转换方式。</translation>
        </message>
        <message>
            <source>Land-cover lookup table (InVEST CSV)</source>
            <translation>土地覆盖查找表（InVEST CSV）</translation>
        </message>
        <message>
            <source>Transition table template (CSV)</source>
            <translation>转换表模板（CSV）</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Transitions that occur</source>
            <translation>发生的类型转换</translation>
        </message>
        <message>
            <source>Number of class pairs that occur</source>
            <translation>发生的类型对数量</translation>
        </message>
        <message>
            <source>No lookup table: class names and habitats from the plugin's class scheme.</source>
            <translation>无查找表：类型名称和生境来自插件的类型方案。</translation>
        </message>
        <message>
            <source>{n} class pairs occur; fill the cells marked 'disturb' with the impact level.</source>
            <translation>发生了 {n} 对类型转换；请将标为“disturb”的单元格改为扰动强度。</translation>
        </message>
        <message>
            <source>The snapshots have class value(s) {codes} that the lookup table does not name; add a row (code, lulc-class, is_coastal_blue_carbon_habitat) for each.</source>
            <translation>快照中有查找表未命名的类型值 {codes}；请为每个值添加一行（code、lulc-class、is_coastal_blue_carbon_habitat）。</translation>
        </message>
        <message>
            <source>snapshot table</source>
            <translation>快照表</translation>
        </message>
        <message>
            <source>biophysical table</source>
            <translation>生物物理参数表</translation>
        </message>
        <message>
            <source>transition table</source>
            <translation>转换表</translation>
        </message>
        <message>
            <source>price table</source>
            <translation>价格表</translation>
        </message>
        <message>
            <source>land-cover lookup table</source>
            <translation>土地覆盖查找表</translation>
        </message>
        <message>
            <source>project scenario table</source>
            <translation>项目情景表</translation>
        </message>
        <message>
            <source>baseline scenario table</source>
            <translation>基线情景表</translation>
        </message>
        <message>
            <source>Both scenarios are runs of 'Carbon stock change over time' on the same areas, read year by year from their yearly tables (a period table's totals are spread evenly over the period's years). Where the inputs carry intervals, the net removals' bounds combine the project's low with the baseline's high end and the reverse: wider than a 95% interval, on the safe side.</source>
            <translation>两个情景均为在相同区域上运行“碳储量随时间的变化”的结果，按其逐年表逐年读取（时段表的总量平均分配到该时段的各年）。输入带有区间时，净清除量的界限由项目的下限与基线的上限组合（反之亦然）得到：比 95% 区间更宽，偏于保守。</translation>
        </message>
        <message>
            <source>One row per area and year: area_id, year, net_sequestration_tco2e (with _lo/_hi); what 'Net removals of a project against its baseline' reads year by year.</source>
            <translation>每个区域每年一行：area_id、year、net_sequestration_tco2e（含 _lo/_hi）；“项目相对基线的净清除量”逐年读取此表。</translation>
        </message>
        <message>
            <source>Net sequestration by area and year</source>
            <translation>按区域和年份的净固碳量</translation>
        </message>
        <message>
            <source>Net removals over a crediting period from two runs of 'Carbon stock change over time': the project scenario and the baseline scenario (their 'Net sequestration by area and year' tables, or their 'Change by area and period' tables, same areas).

Per area and year: gross = project − baseline; leakage = max(gross, 0) × leakage %; buffer = max(gross − leakage, 0) × buffer %; net = gross − leakage − buffer. A period table's totals are spread evenly over the period's years. Where the inputs have _lo/_hi intervals, the bounds of the net removals combine the project's low end with the baseline's high end and the reverse.

The report is a statement in the order verifiers read it (baseline, project, leakage, buffer, net), in English or Chinese.</source>
            <translation>由两次“碳储量随时间的变化”运行结果（项目情景和基线情景的“按区域和年份的净固碳量”表或“按区域和时段的变化”表，区域相同）计算计入期内的净清除量。

每个区域每年：总清除量 = 项目 − 基线；泄漏 = max(总清除量, 0) × 泄漏 %；缓冲 = max(总清除量 − 泄漏, 0) × 缓冲 %；净清除量 = 总清除量 − 泄漏 − 缓冲。时段表的总量平均分配到该时段的各年。输入带 _lo/_hi 区间时，净清除量的界限由项目下限与基线上限组合（反之亦然）得到。

报告按核查人员的阅读顺序（基线、项目、泄漏、缓冲、净清除量）逐行列出，可选英文或中文。</translation>
        </message>
        <message>
            <source>The yearly (or period) change table of the project scenario.</source>
            <translation>项目情景的逐年（或时段）变化表。</translation>
        </message>
        <message>
            <source>{n} class trajectories occur: the Monte Carlo run was cut from {asked} to {ran} iterations to keep memory bounded.</source>
            <translation>共有 {n} 种类型轨迹：为控制内存，蒙特卡洛迭代次数从 {asked} 减至 {ran}。</translation>
        </message>
    </context>
</TS>