<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Fuel burnt in the venues and offices (boilers, stoves, official cars); electricity and heat bought</source>
            <translation>场馆和办公场所内燃烧的化石燃料（锅炉、灶具、公务车）；净购入的电力和热力</translation>
        </message>
        <message>
            <source>Travel of organisers and participants to and at the event (air, rail, metro, taxi, car)</source>
            <translation>组织方和参与方往返及在活动期间的交通（飞机、铁路、地铁、出租车、私家车）</translation>
        </message>
        <message>
            <source>Hotel nights of participants</source>
            <translation>参与者的住宿（间夜）</translation>
        </message>
        <message>
            <source>Meals of participants</source>
            <translation>参与者的餐饮</translation>
        </message>
        <message>
            <source>Emissions embodied in goods and materials bought for the event</source>
            <translation>为活动采购的用品和物料所隐含的排放</translation>
        </message>
        <message>
            <source>Landfill and incineration of the event's waste</source>
            <translation>活动废弃物的填埋和焚烧</translation>
        </message>
        <message>
            <source>Total emissions</source>
            <translation>排放总量</translation>
        </message>
        <message>
            <source>Credited sink</source>
            <translation>计入的碳汇</translation>
        </message>
        <message>
            <source>Carbon-neutrality statement of the event</source>
            <translation>活动碳中和声明</translation>
        </message>
        <message>
            <source>no interval</source>
            <translation>无区间</translation>
        </message>
        <message>
            <source>{value}{unit} (95% interval {lo}–{hi}{unit})</source>
            <translation>{value}{unit}（95% 区间 {lo}–{hi}{unit}）</translation>
        </message>
        <message>
            <source>Emission category</source>
            <translation>排放类别</translation>
        </message>
        <message>
            <source>What it covers</source>
            <translation>涵盖内容</translation>
        </message>
        <message>
            <source>In this inventory</source>
            <translation>本清单中</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Factor status</source>
            <translation>因子状态</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>占比（%）</translation>
        </message>
        <message>
            <source>t CO2e per year [95% interval]</source>
            <translation>t CO2e/年 [95% 区间]</translation>
        </message>
        <message>
            <source>Removal over the period (t CO2e)</source>
            <translation>核算期内的清除量（t CO2e）</translation>
        </message>
        <message>
            <source>Buffer withheld (t CO2e)</source>
            <translation>扣留的缓冲量（t CO2e）</translation>
        </message>
        <message>
            <source>Not verified: the sink is the plugin's estimate from harvest statistics and literature coefficients; no independent third party has checked it and no credit has been issued for it.</source>
            <translation>未核证：碳汇是本插件依据收获统计和文献系数作出的估算；未经独立第三方核查，也未签发碳信用。</translation>
        </message>
        <message>
            <source>Verified by an independent third party (as stated by the user).</source>
            <translation>已经独立第三方核证（由用户声明）。</translation>
        </message>
        <message>
            <source>Issued as carbon credits (as stated by the user).</source>
            <translation>已签发为碳信用（由用户声明）。</translation>
        </message>
        <message>
            <source>Under the guideline, an event is carbon-neutral when its emissions are offset by carbon allowances, carbon credits or the sink of new forestry projects. A mariculture removal computed here is none of these until it is verified and issued as a credit; China's national blue-carbon credit methodologies (CCER) cover mangrove planting and salt-marsh and seagrass restoration, not shellfish or seaweed farming.</source>
            <translation>按照指南，大型活动通过购买碳配额、碳信用或新建林业项目产生的碳汇量抵消其排放，方可实现碳中和。此处计算的海水养殖清除量在经核证并签发为碳信用之前，不属于上述任何一种；我国国家蓝碳自愿减排方法学（CCER）涵盖红树林营造、滨海盐沼和海草床植被修复，不涵盖贝类或藻类养殖。</translation>
        </message>
        <message>
            <source>Not covered by this statement: a baseline (what the sea area would remove without the farms), leakage, the fate of the harvested carbon (eaten, burnt or buried shells) and its permanence, field measurement of the coefficients on the farms (HY/T 0305-2021 measures them on site), and the documents of a verifier.</source>
            <translation>本声明未涵盖：基线（没有养殖时该海域的清除量）、泄漏、所收获碳的去向（被食用、焚烧或掩埋的贝壳）及其持久性、在养殖区实地测定系数（HY/T 0305-2021 要求现场测定），以及核查机构的文件。</translation>
        </message>
        <message>
            <source>1 Scope and emission sources</source>
            <translation>1 核算边界与排放源</translation>
        </message>
        <message>
            <source>Emissions by category against the credited sink</source>
            <translation>各类别排放与计入的碳汇对比</translation>
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
            <source>placeholder</source>
            <translation>占位值</translation>
        </message>
        <message>
            <source>Farm</source>
            <translation>养殖区</translation>
        </message>
        <message>
            <source>Species</source>
            <translation>品种</translation>
        </message>
        <message>
            <source>Harvest (t fresh weight per year)</source>
            <translation>收获量（t 鲜重/年）</translation>
        </message>
        <message>
            <source>t C per t fresh weight</source>
            <translation>t C/t 鲜重</translation>
        </message>
        <message>
            <source>Coefficients: how they were verified</source>
            <translation>系数：核实方式</translation>
        </message>
        <message>
            <source>The interval of the sinks is the sum of their 95% bounds, wider than the interval of the sum (conservative).</source>
            <translation>碳汇区间为各碳汇 95% 界限之和，比总和的区间更宽（保守）。</translation>
        </message>
        <message>
            <source>No interval: the sinks carry no uncertainty bounds.</source>
            <translation>无区间：碳汇没有不确定性界限。</translation>
        </message>
        <message>
            <source>2 Activity data and emission factors</source>
            <translation>2 活动水平数据与排放因子</translation>
        </message>
        <message>
            <source>3 Emissions by category</source>
            <translation>3 分类别排放量</translation>
        </message>
        <message>
            <source>not in the inventory</source>
            <translation>清单中没有</translation>
        </message>
        <message>
            <source>This statement follows the structure of China's guideline for carbon-neutral large events ({guideline}, Ministry of Ecology and Environment, 2019): the emission sources of the event, their activity data and emission factors, the emissions by category, the sink used to offset them, the buffer, the balance and the verification status of the sink.</source>
            <translation>本声明按照生态环境部 2019 年发布的《{guideline}》的结构编写：活动的排放源、活动水平数据和排放因子、分类别排放量、用于抵消的碳汇、缓冲、平衡以及碳汇的核证状态。</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未说明</translation>
        </message>
        <message>
            <source>Sink verification status: {status}</source>
            <translation>碳汇核证状态：{status}</translation>
        </message>
        <message>
            <source>Event: {event}</source>
            <translation>活动：{event}</translation>
        </message>
        <message>
            <source>The emission was given as one number ({value} t CO2e), not as an inventory: its scope, categories, activity data and factors are not shown and cannot be checked here.</source>
            <translation>排放量以单一数值（{value} t CO2e）给出，而非清单：其范围、类别、活动水平数据和因子未予列出，无法在此核对。</translation>
        </message>
        <message>
            <source>Categories of the guideline with no line in the inventory: {missing}. The guideline asks for a complete inventory: state why each is left out (not applicable, or accounted elsewhere).</source>
            <translation>指南所列但清单中没有任何条目的类别：{missing}。指南要求清单完整：请说明每一类未纳入的原因（不适用，或已在别处核算）。</translation>
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
            <source>Period of the sink: {period}</source>
            <translation>碳汇所属期间：{period}</translation>
        </message>
        <message>
            <source>Verification: {note}</source>
            <translation>核证：{note}</translation>
        </message>
        <message>
            <source>{n} line(s)</source>
            <translation>{n} 条</translation>
        </message>
        <message>
            <source>Method: {method}</source>
            <translation>方法：{method}</translation>
        </message>
        <message>
            <source>not verified</source>
            <translation>未核证</translation>
        </message>
        <message>
            <source>verified by a third party</source>
            <translation>已经第三方核证</translation>
        </message>
        <message>
            <source>issued as credits</source>
            <translation>已签发为碳信用</translation>
        </message>
        <message>
            <source>no interval: the coefficients have no uncertainty bounds</source>
            <translation>无区间：系数没有不确定性界限</translation>
        </message>
        <message>
            <source>shell + tissue carbon (Chinese marine-industry accounting)</source>
            <translation>贝壳 + 软组织碳（我国海洋行业核算）</translation>
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
            <source>Unknown method {value}: use 0, 1 or 2.</source>
            <translation>未知方法 {value}：请使用 0、1 或 2。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: distribution '{value}' is not one of {allowed}.</source>
            <translation>{what}第 {row} 行：分布“{value}”不是 {allowed} 之一。</translation>
        </message>
        <message>
            <source>The {what} has no coefficients for {species} ('{name}'): {reason}</source>
            <translation>{what}中没有 {species}（“{name}”）的系数：{reason}</translation>
        </message>
        <message>
            <source>Row {row} of the {what} ({name}) has no coefficients and no note (column 'verified') saying why.</source>
            <translation>{what}第 {row} 行（{name}）既没有系数，也没有说明原因的备注（“verified”列）。</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>Energy: fuel burnt, electricity and heat bought</source>
            <translation>能源：燃烧的燃料、购入的电力和热力</translation>
        </message>
        <message>
            <source>Transport of organisers and participants</source>
            <translation>组织方和参与方的交通</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>住宿</translation>
        </message>
        <message>
            <source>Catering</source>
            <translation>餐饮</translation>
        </message>
        <message>
            <source>Materials and goods bought for the event</source>
            <translation>为活动采购的用品和物料</translation>
        </message>
        <message>
            <source>Waste treatment</source>
            <translation>废弃物处理</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: category '{value}' is not one of {allowed}.</source>
            <translation>{what}第 {row} 行：类别“{value}”不是 {allowed} 之一。</translation>
        </message>
        <message>
            <source>The emission is 0 t CO2e: there is nothing to offset and no coverage can be computed. Give the event's emissions (a number or an inventory whose lines add up to more than 0).</source>
            <translation>排放量为 0 t CO2e：没有需要抵消的排放，也无法计算覆盖率。请给出活动的排放量（一个数值，或各条记录之和大于 0 的清单）。</translation>
        </message>
        <message>
            <source>The sinks add up to {value:.3f} t CO2e per year, a net source: nothing can be credited against the emission (the 'net of calcification' method counts shell formation as a CO2 source).</source>
            <translation>碳汇合计为每年 {value:.3f} t CO2e，是净排放源：无法抵消任何排放（“扣除钙化”方法把贝壳形成计为 CO2 源）。</translation>
        </message>
        <message>
            <source>Give both bounds of the sinks' interval, or neither.</source>
            <translation>碳汇区间的两个界限请同时给出，或都不给。</translation>
        </message>
        <message>
            <source>Yearly carbon removed from the sea by harvested shellfish and seaweed, per farm or marine ranch, from harvest statistics.

Bivalves: C = Y × dry/wet ratio × (shell share × shell carbon + tissue share × tissue carbon). Seaweed: C = Y × dry/wet ratio × carbon fraction. CO2e = C × 44/12. Y is the harvest in t fresh weight per year: from a field per farm, or a yield per hectare times the farm's area (its ellipsoidal area, or with a habitat raster the area of the mariculture classes 6, 7 and 8 inside it, computed exactly as in the carbon stocks tool). Farms outside the habitat raster get a warning; coordinates outside the range of a geographic CRS stop the run (the layer's CRS is wrong).

Methods, each the arithmetic of a named accounting practice: 0 shell + tissue carbon, the Chinese marine-industry accounting of shellfish and seaweed carbon sinks (carbon removed by harvest: Zhang, Fang &amp; Tang 2005; Tang, Zhang &amp; Fang 2011; HY/T 0305-2021), which counts shell carbon; 1 tissue carbon only, the soft-tissue term of method 0 alone (conservative); 2 tissue carbon − ψ × shell carbon, the calcification literature's practice (Munari, Rossetti &amp; Mistri 2013, Marine Environmental Research 92: 264–267; Filgueira et al. 2015, Marine Ecology Progress Series 518: 281–287): shell carbon comes from seawater bicarbonate, and precipitating CaCO3 releases ψ mol CO2 per mol (Frankignoulle, Canon &amp; Gattuso 1994), so shell formation counts as a CO2 source. Method 2 can give a negative removal (a net source): about −28 t C for 1,000 t of oysters where method 0 gives +96.

Default coefficients: the shipped table (bivalves and seaweeds of China's fishery statistics, names in Chinese, English or Latin), every row with its source, how it was verified and where its bounds come from; species for which no coefficient was published (razor clam 蛏, ark clam 蚶, abalone 鲍) are named and refused with the reason. A table of your own replaces it row by row.

Intervals: coefficients with _lo/_hi bounds are drawn by Monte Carlo (the table's dist column: normal for symmetric 95 % bounds, lognormal for skewed ones, PERT for observed min–max ranges), once per species per iteration; every coefficient stays within 0–1, and shell and tissue shares that add up to 1 are drawn jointly (tissue = 1 − shell). A species without bounds has no interval, and the log says so. A seed reproduces the draws only within one NumPy version.</source>
            <translation>根据收获统计，按养殖区或海洋牧场计算收获的贝类和藻类每年从海中移出的碳。

双壳贝类：C = Y × 干湿比 × （贝壳比例 × 贝壳含碳率 + 软组织比例 × 软组织含碳率）。藻类：C = Y × 干湿比 × 含碳率。CO2e = C × 44/12。Y 为每年收获量（t 鲜重）：取自每个养殖区的字段，或单位面积产量乘以养殖区面积（其椭球面积；给出生境栅格时，为其中海水养殖类别 6、7、8 的面积，与碳储量工具的算法完全相同）。位于生境栅格之外的养殖区会给出警告；坐标超出地理坐标系范围时运行停止（图层的坐标系有误）。

方法，各自对应一种有出处的核算做法的算式：0 贝壳 + 软组织碳，即我国海洋行业对贝藻养殖碳汇的核算（收获移出的碳：张继红、方建光、唐启升 2005；唐启升、张继红、方建光 2011；HY/T 0305-2021），计入贝壳碳；1 仅软组织碳，即方法 0 中的软组织项（保守）；2 软组织碳 − ψ × 贝壳碳，即钙化文献的做法（Munari、Rossetti 和 Mistri 2013，Marine Environmental Research 92: 264–267；Filgueira 等 2015，Marine Ecology Progress Series 518: 281–287）：贝壳碳来自海水中的碳酸氢根，沉淀 CaCO3 时每摩尔释放 ψ 摩尔 CO2（Frankignoulle、Canon 和 Gattuso 1994），因此贝壳形成被计为 CO2 源。方法 2 可能得到负的清除量（净排放源）：1,000 t 牡蛎约为 −28 t C，而方法 0 为 +96。

默认系数：随插件提供的表（我国渔业统计中的双壳贝类和藻类，名称可用中文、英文或拉丁文），每一行都注明来源、核实方式及界限的出处；没有已发表系数的品种（蛏、蚶、鲍）在表中列名，使用时会被拒绝并说明原因。您自己的表会逐行取代它。

区间：带 _lo/_hi 界限的系数用蒙特卡洛抽样（按表中 dist 列：对称的 95% 界限用正态分布，偏斜的用对数正态分布，观测到的最小–最大范围用 PERT 分布），每次迭代每个品种抽样一次；所有系数都保持在 0–1 之间，和为 1 的贝壳与软组织比例联合抽样（软组织 = 1 − 贝壳）。没有界限的品种没有区间，日志中会说明。随机种子只在同一 NumPy 版本内能重现抽样结果。</translation>
        </message>
        <message>
            <source>Shell + tissue carbon (Chinese marine-industry accounting)</source>
            <translation>贝壳 + 软组织碳（我国海洋行业核算）</translation>
        </message>
        <message>
            <source>Tissue − ψ × shell carbon: calcification as a CO2 source (Munari et al. 2013, Filgueira et al. 2015)</source>
            <translation>软组织 − ψ × 贝壳碳：钙化作为 CO2 源（Munari 等 2013，Filgueira 等 2015）</translation>
        </message>
        <message>
            <source>Names each farm in messages and in the farm_id field of the output (default: the feature id).</source>
            <translation>在消息中以及输出的 farm_id 字段中用来称呼每个养殖区（默认：要素编号）。</translation>
        </message>
        <message>
            <source>CSV with species, species_latin, group (bivalve/seaweed), aliases, dry_wet_ratio, shell_fraction, tissue_fraction, shell_c, tissue_c (bivalves) or c_fraction (seaweed), optional _lo/_hi bounds and dist, source and verified. Empty: the shipped table.</source>
            <translation>CSV，列为 species、species_latin、group（bivalve/seaweed）、aliases、dry_wet_ratio、shell_fraction、tissue_fraction、shell_c、tissue_c（双壳贝类）或 c_fraction（藻类），可选的 _lo/_hi 界限和 dist，以及 source 和 verified。留空：使用随插件提供的表。</translation>
        </message>
        <message>
            <source>How shell carbon is counted (see the help): 0 Chinese marine-industry accounting, 1 tissue only, 2 calcification literature.</source>
            <translation>贝壳碳的计法（见帮助）：0 我国海洋行业核算，1 仅软组织，2 钙化文献。</translation>
        </message>
        <message>
            <source>Seed of the Monte Carlo draws (reproduces them within one NumPy version).</source>
            <translation>蒙特卡洛抽样的随机种子（在同一 NumPy 版本内可重现）。</translation>
        </message>
        <message>
            <source>One row per species: yield, removal, coefficient, source and verification status (optional).</source>
            <translation>每个品种一行：收获量、清除量、系数、来源和核实状态（可选）。</translation>
        </message>
        <message>
            <source>feature {fid}</source>
            <translation>要素 {fid}</translation>
        </message>
        <message>
            <source>Farm id field</source>
            <translation>养殖区编号字段</translation>
        </message>
        <message>
            <source>The total is negative: under this method the farms are a net CO2 source.</source>
            <translation>总量为负：按此方法，这些养殖区是 CO2 的净排放源。</translation>
        </message>
        <message>
            <source>Farm {farm} has no {what}: field {field} is empty. Give its {what} (0 if nothing was harvested) or leave the farm out of the layer.</source>
            <translation>养殖区 {farm} 没有{what}：字段 {field} 为空。请给出其{what}（未收获则填 0），或将该养殖区移出图层。</translation>
        </message>
        <message>
            <source>Farm {farm}: the {what} in field {field} is negative or not finite ({value}).</source>
            <translation>养殖区 {farm}：字段 {field} 中的{what}为负数或不是有限值（{value}）。</translation>
        </message>
        <message>
            <source>{what} has coordinates from ({x0:.0f}, {y0:.0f}) to ({x1:.0f}, {y1:.0f}), outside the range of its geographic CRS {crs} (longitude −180…180, latitude −90…90). The layer's CRS is probably wrong: projected coordinates (such as UTM metres) declared as {crs}. Set the right CRS (Layer Properties › Source, or Assign Projection) and run again.</source>
            <translation>{what}的坐标范围为 ({x0:.0f}, {y0:.0f}) 至 ({x1:.0f}, {y1:.0f})，超出其地理坐标系 {crs} 的范围（经度 −180…180，纬度 −90…90）。图层的坐标系很可能有误：投影坐标（如 UTM 米）被声明为 {crs}。请设置正确的坐标系（图层属性 › 源，或“指定投影”）后重新运行。</translation>
        </message>
        <message>
            <source>The habitat raster is not used: harvests come from the harvest field, not from a yield per hectare.</source>
            <translation>未使用生境栅格：收获量取自收获量字段，而不是单位面积产量。</translation>
        </message>
        <message>
            <source>The folder {folder} of output {name} does not exist. Create it or choose another folder; nothing was written.</source>
            <translation>输出 {name} 的文件夹 {folder} 不存在。请创建它或选择其他文件夹；未写入任何内容。</translation>
        </message>
        <message>
            <source>Output {name} cannot be written to {path}: the folder or file is read-only. Choose another place; nothing was written.</source>
            <translation>输出 {name} 无法写入 {path}：文件夹或文件是只读的。请另选位置；未写入任何内容。</translation>
        </message>
        <message>
            <source>Output {name} would overwrite the input {path}. Choose another file name; nothing was written.</source>
            <translation>输出 {name} 会覆盖输入 {path}。请另选文件名；未写入任何内容。</translation>
        </message>
        <message>
            <source>Farm {farm}: the {what} '{value}' in field {field} is not a number.</source>
            <translation>养殖区 {farm}：字段 {field} 中的{what}“{value}”不是数字。</translation>
        </message>
        <message>
            <source>95% interval {lo:,.2f}–{hi:,.2f} t CO2e per year (Monte Carlo median {med:,.2f}, {n} iterations); the central value is the point estimate of the coefficients.</source>
            <translation>95% 区间为每年 {lo:,.2f}–{hi:,.2f} t CO2e（蒙特卡洛中位数 {med:,.2f}，迭代 {n} 次）；中心值是按系数点估计计算的结果。</translation>
        </message>
        <message>
            <source>No interval for {species}: the coefficients have no uncertainty bounds (see the table's bounds_source); they count as fixed in the total's interval.</source>
            <translation>{species} 没有区间：其系数没有不确定性界限（见表中的 bounds_source）；在总量区间中按固定值计。</translation>
        </message>
        <message>
            <source>{species}: {verified}</source>
            <translation>{species}：{verified}</translation>
        </message>
        <message>
            <source>Farm {farm}: its area cannot be computed in the CRS {crs}; the layer's CRS is probably wrong. Set the right CRS and run again.</source>
            <translation>养殖区 {farm}：无法在坐标系 {crs} 中计算其面积；图层的坐标系很可能有误。请设置正确的坐标系后重新运行。</translation>
        </message>
        <message>
            <source>verification status not given in the coefficient table</source>
            <translation>系数表中未给出核实状态</translation>
        </message>
        <message>
            <source>Farm {farm}: {message}</source>
            <translation>养殖区 {farm}：{message}</translation>
        </message>
        <message>
            <source>Farm {farm} lies outside the habitat raster: its mariculture area and harvest are 0. Check that the raster covers the farms.</source>
            <translation>养殖区 {farm} 位于生境栅格之外：其养殖面积和收获量为 0。请检查栅格是否覆盖各养殖区。</translation>
        </message>
        <message>
            <source>Farm {farm}: {pct:.1f}% of it lies outside the habitat raster; only the part inside counts.</source>
            <translation>养殖区 {farm}：其中 {pct:.1f}% 位于生境栅格之外；只计算栅格内的部分。</translation>
        </message>
        <message>
            <source>Farm {farm}: the habitat raster maps no mariculture class (6, 7, 8) inside it, so its area and harvest are 0.</source>
            <translation>养殖区 {farm}：生境栅格在其范围内没有海水养殖类别（6、7、8），因此其面积和收获量为 0。</translation>
        </message>
        <message>
            <source>Says whether an emission (an event, a company, a product) is covered by blue carbon sinks, and by how much, and writes the event's carbon-neutrality statement.

Emissions: a number in t CO2e, or a CSV inventory with columns source, category, activity, unit, emission_factor, ef_unit (such as 'kg CO2e/kWh' or 't CO2e/night'), ef_source and optionally placeholder (yes for a factor that is not from a published source); each line is activity × factor. Categories follow China's guideline for carbon-neutral large events (大型活动碳中和实施指南（试行）, Ministry of Ecology and Environment, 2019): energy (能源), transport (交通), accommodation (住宿), catering (餐饮), materials (会议用品) and waste (废弃物).

Sinks: layers from 'Mariculture carbon removal' (removal_tco2e_yr) or 'Carbon stocks and uptake by area' (uptake_tco2e_yr), with their 95% intervals when present, and/or a number in t CO2e per year. An empty layer is refused; sinks that add up to a net source are refused.

Credited removal = sinks × period (years) × (1 − buffer %/100): carbon standards withhold a buffer against non-permanence. Coverage = credited / emissions × 100 %; surplus = credited − emissions. The interval of the sinks is the sum of the layers' interval bounds, which is wider than the interval of the sum (conservative); sinks without bounds give no interval. For a deficit, the additional harvest (and farmed area, given a yield per hectare) of a chosen species that would close it is reported.

The report follows the guideline's structure: scope and emission categories (missing ones flagged), activity data and factors with sources (placeholders flagged), emissions per category, the sink used (farms, species, period, coefficients and their verification status), buffer, balance, a chart of emissions by category against the credited sink, and whether the sink has been verified. Under the guideline an event is offset by allowances, credits or the sink of new forestry projects: a mariculture removal is not a credit until verified and issued, and the report says so.</source>
            <translation>判断一项排放（一次活动、一家企业、一种产品）是否被蓝碳碳汇抵消、抵消多少，并编写活动的碳中和声明。

排放：以 t CO2e 表示的一个数值，或一份 CSV 清单，列为 source、category、activity、unit、emission_factor、ef_unit（如 “kg CO2e/kWh” 或 “t CO2e/night”）、ef_source，以及可选的 placeholder（因子并非来自已发表来源时填 yes）；每条记录为活动水平 × 排放因子。类别依照生态环境部 2019 年发布的《大型活动碳中和实施指南（试行）》：能源、交通、住宿、餐饮、会议用品和废弃物。

碳汇：“海水养殖碳清除”的输出图层（removal_tco2e_yr）或“按区域计算碳储量与吸收量”的输出图层（uptake_tco2e_yr），如有 95% 区间一并使用；以及/或者以每年 t CO2e 表示的一个数值。空图层会被拒绝；合计为净排放源的碳汇会被拒绝。

计入的清除量 = 碳汇 × 期间（年）× （1 − 缓冲 %/100）：碳标准会扣留一部分缓冲以应对非永久性风险。覆盖率 = 计入量 / 排放量 × 100 %；盈余 = 计入量 − 排放量。碳汇区间为各图层区间界限之和，比总和的区间更宽（保守）；没有界限的碳汇不给区间。出现缺口时，给出所选品种需要增加的收获量（给出单位面积产量时还有养殖面积）。

报告按照指南的结构编写：核算边界与排放类别（标出缺失的类别）、活动水平数据和带来源的因子（标出占位值）、分类别排放量、所用碳汇（养殖区、品种、期间、系数及其核实状态）、缓冲、平衡、分类别排放与计入碳汇的对比图，以及碳汇是否经过核证。按照指南，活动通过碳配额、碳信用或新建林业项目的碳汇量抵消排放：海水养殖清除量在经核证并签发之前不是碳信用，报告会说明这一点。</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未核证</translation>
        </message>
        <message>
            <source>Verified by an independent third party</source>
            <translation>已经独立第三方核证</translation>
        </message>
        <message>
            <source>Issued as carbon credits</source>
            <translation>已签发为碳信用</translation>
        </message>
        <message>
            <source>CSV inventory: source, category, activity, unit, emission_factor, ef_unit, ef_source, placeholder.</source>
            <translation>CSV 清单：source、category、activity、unit、emission_factor、ef_unit、ef_source、placeholder。</translation>
        </message>
        <message>
            <source>Name, place and dates of the event, shown in the statement.</source>
            <translation>活动的名称、地点和日期，显示在声明中。</translation>
        </message>
        <message>
            <source>Which harvest or years the sink stands for (such as '2024 harvest'), shown in the statement.</source>
            <translation>碳汇所代表的收获或年份（如“2024 年收获”），显示在声明中。</translation>
        </message>
        <message>
            <source>Whether an independent third party has verified the sink, or credits have been issued for it.</source>
            <translation>碳汇是否经过独立第三方核证，或是否已为其签发碳信用。</translation>
        </message>
        <message>
            <source>Who verified the sink and the reference of the verification or credits.</source>
            <translation>核证机构及核证或碳信用的编号。</translation>
        </message>
        <message>
            <source>The event's carbon-neutrality statement (HTML, optional).</source>
            <translation>活动的碳中和声明（HTML，可选）。</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Period of the sink</source>
            <translation>碳汇所属期间</translation>
        </message>
        <message>
            <source>Verification status of the sink</source>
            <translation>碳汇的核证状态</translation>
        </message>
        <message>
            <source>Verifier and reference</source>
            <translation>核证机构与编号</translation>
        </message>
        <message>
            <source>The sinks add up to 0 t CO2e per year: nothing can be credited.</source>
            <translation>碳汇合计为每年 0 t CO2e：无可计入。</translation>
        </message>
        <message>
            <source>The sink has not been verified: the statement says so.</source>
            <translation>碳汇未经核证：声明中会说明这一点。</translation>
        </message>
        <message>
            <source>The sinks do not cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a coverage of {p} and a deficit of {d:,.1f} t CO2e.</source>
            <translation>碳汇不能抵消排放：计入 {c:,.1f} t CO2e，排放 {e:,.1f} t CO2e，覆盖率 {p}，缺口 {d:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>The sinks cover the emission: {c:,.1f} t CO2e credited against {e:,.1f} t CO2e emitted, a coverage of {p} and a surplus of {s:,.1f} t CO2e.</source>
            <translation>碳汇可以抵消排放：计入 {c:,.1f} t CO2e，排放 {e:,.1f} t CO2e，覆盖率 {p}，盈余 {s:,.1f} t CO2e。</translation>
        </message>
        <message>
            <source>{n} emission factor(s) of the inventory are placeholders, not from a published source: the emissions are illustrative.</source>
            <translation>清单中有 {n} 个排放因子是占位值，并非来自已发表的来源：排放量仅作示意。</translation>
        </message>
        <message>
            <source>The inventory has no line for: {missing}.</source>
            <translation>清单中没有以下类别的记录：{missing}。</translation>
        </message>
        <message>
            <source>The sink layer {name} has no features: it adds nothing to the sinks. Give a layer with farms or areas, or leave it out.</source>
            <translation>碳汇图层 {name} 没有要素：对碳汇没有贡献。请提供含养殖区或区域的图层，或不使用它。</translation>
        </message>
        <message>
            <source>Sink layer {name}, feature {fid}: {field} is empty; it counts as 0.</source>
            <translation>碳汇图层 {name}，要素 {fid}：{field} 为空，按 0 计。</translation>
        </message>
        <message>
            <source>{species} removes no carbon under this method: more of it cannot close the deficit.</source>
            <translation>{species} 在此方法下不清除碳：增加其养殖无法弥补缺口。</translation>
        </message>
        <message>
            <source>The report could not be written to {path}: {error}</source>
            <translation>无法将报告写入 {path}：{error}</translation>
        </message>
        <message>
            <source>Farms and species</source>
            <translation>养殖区与品种</translation>
        </message>
        <message>
            <source>Coefficients and their verification status</source>
            <translation>系数及其核实状态</translation>
        </message>
        <message>
            <source>Energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>交通</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>会议用品</translation>
        </message>
        <message>
            <source>Waste</source>
            <translation>废弃物</translation>
        </message>
        <message>
            <source>The zones with farm_id, species_key, area_ha, yield_t, tc_per_t, removal_tc_yr, removal_tco2e_yr and its 95% interval (empty without bounds), method, and the coefficients' source and verification status.</source>
            <translation>各养殖区，带 farm_id、species_key、area_ha、yield_t、tc_per_t、removal_tc_yr、removal_tco2e_yr 及其 95% 区间（无界限时为空）、方法，以及系数的来源和核实状态。</translation>
        </message>
        <message>
            <source>Farms or areas</source>
            <translation>养殖区或区域数</translation>
        </message>
    </context>
</TS>