<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>commas</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>The {what} {path} has none of the required columns ({required}). Its header row, read as {encoding} text separated by {separator}, gives the column(s): {found}. The separator or the encoding is probably the problem: save the table as CSV UTF-8 (comma, semicolon or tab separated), with the column names in its first row.</source>
            <translation>{what} {path} 没有任何必需的列（{required}）。按 {encoding} 编码、以{separator}分隔读取时，其表头行得到的列为：{found}。问题很可能出在分隔符或编码上：请将该表另存为 CSV UTF-8（以逗号、分号或制表符分隔），并把列名放在第一行。</translation>
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
            <source>The {what} {path} writes decimals with a comma (such as {value}); they were read as decimal points.</source>
            <translation>{what} {path} 用逗号书写小数（例如 {value}）；这些逗号已按小数点读取。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}, column '{column}': '{value}' is not a number. Write decimals with a point (1.5) and no thousands separators; a decimal comma (1,5) is read only in a table separated by semicolons or tabs.</source>
            <translation>{what}第 {row} 行“{column}”列：“{value}”不是数字。请用小数点书写小数（1.5），不要使用千位分隔符；只有在以分号或制表符分隔的表中，小数逗号（1,5）才会被读取。</translation>
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
            <source>Carbon stocks, accumulation, emissions, net sequestration and net present value over time from land-cover snapshots, as InVEST Coastal Blue Carbon computes them, with totals per project area.

Reads InVEST's own tables unchanged: the snapshot table (snapshot_year, raster_path), the biophysical table (code, lulc-class, initial stocks, half-lives, disturbance fractions and yearly accumulation per pool) and the transition table (accum, low-/med-/high-impact-disturb, NCC per from/to class). The plugin's own class values (1 open water … 9 other land) work as codes. Values are Mg CO2e per hectare (or Mg C per hectare, converted with 44/12, if so chosen).

Two readings: the InVEST User's Guide equations (default: net sequestration = accumulation − emissions = change of stock, litter included) or natcap.invest 3.14.2's code, bit for bit (the README lists where they differ).

Any CRS: areas are true ellipsoidal areas; a pixel partly inside an area counts by the share of its area inside. Uncertainty: _lo/_hi columns of the biophysical table give Monte Carlo intervals. Snapshots must share one grid; a pair of classes that occurs but has no transition is refused, naming it.

A half-life of 0 for a pool that is disturbed in the run is refused until 'A half-life of 0 means' says whether the carbon is never emitted (InVEST's convention) or emitted at once.</source>
            <translation>按 InVEST 滨海蓝碳模型的方法，由土地覆盖快照计算碳储量、累积量、排放量、净固碳量和净现值随时间的变化，并给出各项目区域的总量。

直接读取 InVEST 自己的表格：快照表（snapshot_year、raster_path）、生物物理参数表（code、lulc-class、各碳库的初始储量、半衰期、扰动比例和年累积量）和转换表（每对转出/转入类型的 accum、low-/med-/high-impact-disturb、NCC）。插件自己的类型值（1 开阔水域 … 9 其他陆地）可作为代码使用。数值单位为每公顷 Mg CO2e（如选择，也可为每公顷 Mg C，按 44/12 换算）。

两种解读：InVEST 用户指南中的公式（默认：净固碳量 = 累积量 − 排放量 = 储量变化，含凋落物）或 natcap.invest 3.14.2 代码（逐位一致；两者的差异见 README）。

支持任意坐标参考系：面积为椭球面真实面积；部分位于区域内的像元按其位于区域内的面积比例计入。不确定性：生物物理参数表的 _lo/_hi 列给出蒙特卡洛区间。各快照须使用同一网格；出现但没有转换定义的类型对会被拒绝并指明。

若某个在运行中受扰动的碳库的半衰期为 0，则运行会被拒绝，直到用“半衰期为 0 表示”参数说明这部分碳是永不排放（InVEST 的约定）还是立即排放。</translation>
        </message>
        <message>
            <source>The biophysical table {path} gives a half-life of 0 to carbon that is disturbed in this run: {cases}. A half-life of 0 has two meanings: in InVEST the disturbed carbon is never emitted; as the limit of a very short half-life, all of it is emitted at once, in the year of the transition. Say which with the parameter 'A half-life of 0 means' (HALF_LIFE_ZERO): never emitted (InVEST) or emitted at once; or give the half-life in years.</source>
            <translation>生物物理参数表 {path} 为本次运行中受扰动的碳给出了 0 的半衰期：{cases}。半衰期为 0 有两种含义：在 InVEST 中，受扰动的碳永不排放；若视为极短半衰期的极限，则全部碳在转换当年一次性排放。请用“半衰期为 0 表示”参数（HALF_LIFE_ZERO）说明是哪一种：永不排放（InVEST）或立即排放；或以年为单位给出半衰期。</translation>
        </message>
        <message>
            <source>A half-life of 0 is read as never emitted (InVEST's convention) for: {cases}.</source>
            <translation>以下半衰期 0 按永不排放（InVEST 的约定）处理：{cases}。</translation>
        </message>
        <message>
            <source>A half-life of 0 is read as emitted at once, in the year of the transition, for: {cases}.</source>
            <translation>以下半衰期 0 按在转换当年一次性排放处理：{cases}。</translation>
        </message>
        <message>
            <source>A biophysical table that gives a half-life of 0 to a pool disturbed in the run is refused unless this says what 0 means. InVEST reads 0 as never emitted: the disturbed carbon stays in the stock. A user who means 'released at once' wants the other choice: the whole disturbed volume is emitted in the year of the transition (the limit of the half-life formula as the half-life goes to 0). Classes with a half-life of 0 that are not disturbed, or whose disturbed fraction is 0, need no choice.</source>
            <translation>若生物物理参数表为运行中受扰动的碳库给出 0 的半衰期，除非此参数说明 0 的含义，否则该表会被拒绝。InVEST 将 0 解读为永不排放：受扰动的碳留在储量中。若本意是“立即释放”，应选择另一项：全部受扰动的碳在转换当年排放（即半衰期趋于 0 时半衰期公式的极限）。半衰期为 0 但未受扰动、或扰动比例为 0 的类型无需选择。</translation>
        </message>
        <message>
            <source>A half-life of 0 means</source>
            <translation>半衰期为 0 表示</translation>
        </message>
        <message>
            <source>Refuse the table (say which)</source>
            <translation>拒绝该表（须说明含义）</translation>
        </message>
        <message>
            <source>Never emitted (InVEST's convention)</source>
            <translation>永不排放（InVEST 的约定）</translation>
        </message>
        <message>
            <source>Emitted at once, in the year of the transition</source>
            <translation>在转换当年一次性排放</translation>
        </message>
        <message>
            <source>Writes the transition table for 'Carbon stock change over time' (InVEST's format) listing every from/to class pair that occurs between consecutive snapshots, as InVEST's preprocessor does, with the pixel count and the true (ellipsoidal) area of each pair and period below the table.

Cells are pre-filled with InVEST's rule: into a coastal blue carbon habitat 'accum', out of one 'disturb' (replace it with low-, med- or high-impact-disturb), between other classes 'NCC'; except from one habitat to another (salt marsh to mangrove, say), where the cell is the question 'accum or disturb?': accum if the new habitat grew without clearing the old one, an impact level if the old one was cleared (its carbon is emitted). InVEST would pre-fill accum there, so that clearing salt marsh to plant mangrove emits nothing. A habitat that stays itself is 'accum'. 'Carbon stock change over time' refuses a table that still holds 'disturb' or 'accum or disturb?'. The notes below the table say the same. Check every suggestion. Class names and habitat flags come from InVEST's land-cover lookup table (code, lulc-class, is_coastal_blue_carbon_habitat) or, without one, from the plugin's class scheme (mangrove, salt marsh and seagrass are habitats).</source>
            <translation>与 InVEST 预处理器一样，为“碳储量随时间的变化”写出转换表（InVEST 格式），列出相邻快照之间发生的每一对转出/转入类型，并在表下给出每对类型、每个时段的像元数和真实（椭球面）面积。

单元格按 InVEST 的规则预填：转入滨海蓝碳生境为“accum”，转出生境为“disturb”（请改为 low-、med- 或 high-impact-disturb），其他类型之间为“NCC”；但从一种生境变为另一种生境（例如盐沼变为红树林）时，单元格是一个问题“accum or disturb?”：若新生境在未清除原生境的情况下生长，填 accum；若原生境被清除（其碳被排放），填扰动等级。InVEST 在此处会预填 accum，因而清除盐沼种植红树林不产生任何排放。保持不变的生境为“accum”。“碳储量随时间的变化”会拒绝仍含有“disturb”或“accum or disturb?”的表。表下的说明也写明了这些。请逐项核对。类型名称和生境标志来自 InVEST 的土地覆盖查找表（code、lulc-class、is_coastal_blue_carbon_habitat），若无该表则来自插件的类型方案（红树林、盐沼和海草床为生境）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the cell {src} -&gt; {dst} still holds the template's question 'accum or disturb?': one habitat became another. Answer it: accum if the {dst} grew without clearing the {src} (nothing is emitted), or low-impact-disturb, med-impact-disturb or high-impact-disturb if the {src} was cleared (its carbon is emitted).</source>
            <translation>{what}第 {row} 行：单元格 {src} -&gt; {dst} 仍是模板中的问题“accum or disturb?”：一种生境变成了另一种生境。请回答：若 {dst} 在未清除 {src} 的情况下生长，填 accum（不产生排放）；若 {src} 被清除（其碳被排放），填 low-impact-disturb、med-impact-disturb 或 high-impact-disturb。</translation>
        </message>
        <message>
            <source>Cells marked 'disturb' (a habitat became a non-habitat class): replace each with low-impact-disturb, med-impact-disturb or high-impact-disturb.</source>
            <translation>标为“disturb”的单元格（生境变为非生境类型）：请逐个改为 low-impact-disturb、med-impact-disturb 或 high-impact-disturb。</translation>
        </message>
        <message>
            <source>Cells marked 'accum or disturb?' (one habitat became another, such as salt marsh to mangrove): answer each. accum if the new habitat grew without clearing the old one (nothing is emitted); low-/med-/high-impact-disturb if the old habitat was cleared (its disturbed carbon is emitted with its half-life, and the pixel accumulates nothing until its next accum transition, as in InVEST).</source>
            <translation>标为“accum or disturb?”的单元格（一种生境变成另一种生境，例如盐沼变为红树林）：请逐个回答。若新生境在未清除原生境的情况下生长，填 accum（不产生排放）；若原生境被清除，填 low-/med-/high-impact-disturb（其受扰动的碳按其半衰期排放，并且与 InVEST 一样，该像元在下一次 accum 转换之前不累积碳）。</translation>
        </message>
        <message>
            <source>A habitat that stays itself is pre-filled accum, other classes that stay themselves or change between non-habitats NCC. Check every suggestion. Empty cells: the transition does not occur. carbonchange refuses a table that still holds 'disturb' or 'accum or disturb?'.</source>
            <translation>保持不变的生境预填为 accum，保持不变的其他类型或非生境之间的变化预填为 NCC。请逐项核对。空单元格：该转换未发生。carbonchange 会拒绝仍含有“disturb”或“accum or disturb?”的表。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: the cell {src} -&gt; {dst} still holds the template's 'disturb'; replace it with low-impact-disturb, med-impact-disturb or high-impact-disturb (how much of the {src} carbon the change disturbs).</source>
            <translation>{what}第 {row} 行：单元格 {src} -&gt; {dst} 仍是模板中的“disturb”；请改为 low-impact-disturb、med-impact-disturb 或 high-impact-disturb（表示该变化扰动了多少 {src} 的碳）。</translation>
        </message>
        <message>
            <source>{n} class pairs occur; {d} cells marked 'disturb' need the impact level and {q} cells marked 'accum or disturb?' need an answer before the table can be used.</source>
            <translation>出现了 {n} 对类型；在使用该表之前，{d} 个标为“disturb”的单元格需要填写扰动等级，{q} 个标为“accum or disturb?”的单元格需要回答。</translation>
        </message>
    </context>
</TS>