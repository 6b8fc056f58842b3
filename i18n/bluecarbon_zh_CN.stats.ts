<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Map class {cls} ({ha} ha, {share} % of the map) has no reference point: overall accuracy, producer's accuracies and area-adjusted areas cannot be estimated (the stratified estimator needs at least one sample unit in every map class) and are left empty. Label points of class {cls}, or merge it into another class or exclude it from the map (and report its mapped area as excluded); the user's accuracies of the other classes stand.</source>
            <translation>制图类型 {cls}（{ha} 公顷，占分类图的 {share} %）没有参考点：总体精度、生产者精度和面积校正面积无法估计（分层估计量要求每个制图类型至少有一个样本单元），因此留空。请为类型 {cls} 标注参考点，或将其并入其他类型、或从分类图中排除（并报告其被排除的制图面积）；其他类型的用户精度仍然有效。</translation>
        </message>
        <message>
            <source>Map class {cls}: its {n} reference points fall on {d} distinct pixels; points on the same pixel are counted as separate sample units (a sample drawn with replacement), not as a census.</source>
            <translation>制图类型 {cls}：其 {n} 个参考点只落在 {d} 个不同像元上；同一像元上的多个点按独立样本单元计（相当于有放回抽样），不视为普查。</translation>
        </message>
        <message>
            <source>User's accuracy of class {cls} is {ua:.3f} with a 95% half-width of 0 by Olofsson et al.'s formula (all {n} points agree). That is not certainty: the Wilson 95% interval is {lo:.3f}-{hi:.3f}.</source>
            <translation>类型 {cls} 的用户精度为 {ua:.3f}，按 Olofsson 等的公式其95%半宽为0（全部 {n} 个点一致）。这并不代表确定无误：Wilson 95% 区间为 {lo:.3f}-{hi:.3f}。</translation>
        </message>
        <message>
            <source>not estimable</source>
            <translation>无法估计</translation>
        </message>
        <message>
            <source>The map's cells differ in area, so each reference point is weighted by its cell's ellipsoidal area (ratio estimator, Cochran 1977, ch. 6).</source>
            <translation>分类图各像元面积不同，因此每个参考点按其像元的椭球面积加权（比率估计量，Cochran 1977，第6章）。</translation>
        </message>
        <message>
            <source>User's accuracy, Wilson 95% interval</source>
            <translation>用户精度 Wilson 95% 区间</translation>
        </message>
        <message>
            <source>⚑ a user's accuracy of 0 or 1 gets a 95% half-width of 0 from Olofsson et al.'s formula; that is not certainty, so the Wilson score interval (Brown, Cai &amp; DasGupta 2001) is given beside it.</source>
            <translation>⚑ 用户精度为0或1时，按 Olofsson 等的公式其95%半宽为0；这并不代表确定无误，因此在旁给出 Wilson 得分区间（Brown, Cai &amp; DasGupta 2001）。</translation>
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

边界情况：某制图类型没有任何参考点时，总体精度、生产者精度和校正面积无法估计（留空，并给出指明该类型的警告）；只有一个点的类型没有方差，因此不给出区间，而不是给出错误的区间；只有当某类型的每个像元都恰好被观测一次时才视为普查；用户精度为0或1时按 Olofsson 等的公式区间宽度为0，因此在旁给出 Wilson 区间（Brown, Cai &amp; DasGupta 2001）。

误差矩阵和报告为可选输出。</translation>
        </message>
        <message>
            <source>Field with the reference (true) class of each point, as an integer class value (default ref_class, as written by the sampling design tool).</source>
            <translation>存放每个点参考（真实）类型的字段，取整数类型值（默认 ref_class，即抽样设计工具写出的字段）。</translation>
        </message>
        <message>
            <source>One row per class: mapped and adjusted areas (ha) with 95% half-widths, user's and producer's accuracy with 95% half-widths, the Wilson interval of user's accuracy and a note on the interval (census, zero_width, single_unit, no_sample).</source>
            <translation>每个类型一行：制图面积与校正面积（公顷）及其95%半宽，用户精度与生产者精度及其95%半宽，用户精度的 Wilson 区间，以及区间说明（census 普查、zero_width 零宽度、single_unit 单个样本、no_sample 无样本）。</translation>
        </message>
        <message>
            <source>Optional. One row per map class: sample counts n_&lt;class&gt; and area proportions p_&lt;class&gt; per reference class.</source>
            <translation>可选。每个制图类型一行：各参考类型的样本数 n_&lt;类型&gt; 和面积比例 p_&lt;类型&gt;。</translation>
        </message>
        <message>
            <source>Optional. HTML report: design, matrices, accuracies, mapped vs adjusted areas chart, formulas.</source>
            <translation>可选。HTML 报告：抽样设计、误差矩阵、精度、制图面积与校正面积对比图、公式。</translation>
        </message>
        <message>
            <source>{what} ({name}) holds {kind}, not points. The reference sample must be points, one per sample unit, as written by the sampling design tool; points can be drawn in polygons with Vector › Research Tools › Random Points Inside Polygons.</source>
            <translation>{what}（{name}）包含的是{kind}，不是点。参考样本必须是点，每个样本单元一个点，即抽样设计工具写出的格式；可用“矢量 › 研究工具 › 多边形内随机点”在多边形中生成点。</translation>
        </message>
        <message>
            <source>No reference point is labelled: the field {field} is empty in all {n} points of {layer}. A sample from the sampling design tool has to be labelled before it can be assessed: enter the true class of each point in {field} (from field visits or very-high-resolution imagery, in the layer's attribute table), or choose a labelled reference layer and its class field.</source>
            <translation>没有已标注的参考点：{layer} 的全部 {n} 个点中字段 {field} 均为空。抽样设计工具生成的样本须先标注才能评价：在图层属性表中为每个点的 {field} 填入真实类型（依据实地调查或甚高分辨率影像），或选择已标注的参考图层及其类型字段。</translation>
        </message>
        <message>
            <source>The map's cells differ in area ({lo:.6g} to {hi:.6g} m² at the reference points), and pixels are drawn with equal probability: each point is weighted by its cell's ellipsoidal area (ratio estimator), so that the estimates are shares of area, not of pixel counts.</source>
            <translation>分类图各像元面积不同（参考点处为 {lo:.6g} 至 {hi:.6g} 平方米），而像元是等概率抽取的：每个点按其像元的椭球面积加权（比率估计量），使估计值为面积占比，而非像元数占比。</translation>
        </message>
        <message>
            <source>The folder {folder} of output {name} does not exist: create it or choose another folder. Nothing was written.</source>
            <translation>输出 {name} 的文件夹 {folder} 不存在：请创建该文件夹或选择其他文件夹。未写出任何文件。</translation>
        </message>
        <message>
            <source>Output {name} cannot be written: the folder {folder} is read-only. Choose another folder. Nothing was written.</source>
            <translation>无法写出输出 {name}：文件夹 {folder} 为只读。请选择其他文件夹。未写出任何文件。</translation>
        </message>
        <message>
            <source>{what} has no field {field}; its fields are: {fields}. Set the reference class field to the field that holds the labels.</source>
            <translation>{what}没有字段 {field}；其字段为：{fields}。请将参考类型字段设为存放标注的字段。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has no valid position in the map's CRS; check the layer's CRS.</source>
            <translation>{what}的要素 {fid} 在分类图坐标系中没有有效位置；请检查该图层的坐标系。</translation>
        </message>
        <message>
            <source>Overall accuracy and area-adjusted areas are not estimable: map class(es) {classes} have no reference point.</source>
            <translation>总体精度和面积校正面积无法估计：制图类型 {classes} 没有参考点。</translation>
        </message>
        <message>
            <source>Output {name} ({path}) is the input {input}; it would be overwritten. Choose another output file.</source>
            <translation>输出 {name}（{path}）就是输入 {input}，会被覆盖。请选择其他输出文件。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} cannot be transformed from {src} to the map's CRS: its coordinates lie outside the valid area of {src}. The layer's CRS is probably wrong (for example UTM metres in a file read as EPSG:4326); set the right CRS and run again.</source>
            <translation>{what}的要素 {fid} 无法从 {src} 转换到分类图坐标系：其坐标位于 {src} 的有效范围之外。该图层的坐标系很可能有误（例如以米为单位的 UTM 坐标被读作 EPSG:4326）；请设置正确的坐标系后重新运行。</translation>
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
            <source>The proportional allocation with a minimum per class usually misses the target standard error at eq. 13's sample size; when checked, the total is raised until the anticipated standard error of the allocation drawn meets the target. Ignored when a total sample size is given.</source>
            <translation>按比例分配并设每类最小样本量时，公式13的样本量通常达不到目标标准误；勾选后，总样本量会增大，直至实际分配的预期标准误达到目标。给定总样本量时忽略此项。</translation>
        </message>
        <message>
            <source>Raise the sample size until the target is met</source>
            <translation>增大样本量直至达到目标</translation>
        </message>
        <message>
            <source>Anticipated standard error of overall accuracy for the allocation drawn</source>
            <translation>实际分配下总体精度的预期标准误</translation>
        </message>
        <message>
            <source>The map is in a geographic CRS, where cells differ in area: pixels are drawn with equal probability, and the accuracy assessment weights each point by its cell's area.</source>
            <translation>分类图为地理坐标系，各像元面积不同：像元等概率抽取，精度评价按像元面积为每个点加权。</translation>
        </message>
        <message>
            <source>Sample size {n} (eq. 13 gives {n13} for a target SE of {se}); allocation: {alloc}</source>
            <translation>样本量 {n}（目标标准误 {se} 时公式13给出 {n13}）；分配：{alloc}</translation>
        </message>
        <message>
            <source>Anticipated standard error of overall accuracy for this allocation: {ase:.4f} (Olofsson et al. 2014, section 5.1.1; target {se}).</source>
            <translation>此分配下总体精度的预期标准误：{ase:.4f}（Olofsson 等 2014，第5.1.1节；目标 {se}）。</translation>
        </message>
        <message>
            <source>{name} ({label}) must be {kind} from {lo} to {hi}; {value} is not.</source>
            <translation>{name}（{label}）必须是 {lo} 至 {hi} 之间的{kind}；{value} 不符合。</translation>
        </message>
        <message>
            <source>The total sample size given ({n}) anticipates a standard error of {ase:.4f}, above the target {se}.</source>
            <translation>给定的总样本量（{n}）预期标准误为 {ase:.4f}，高于目标 {se}。</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Expected user's accuracy given for class {cls}, but the map has no class {cls} (its classes are {classes}); the value is not used. Check the class number.</source>
            <translation>为类型 {cls} 给出了预期用户精度，但分类图中没有类型 {cls}（其类型为 {classes}）；该值未被使用。请检查类型编号。</translation>
        </message>
        <message>
            <source>The allocation drawn misses the target standard error: {ase:.4f} anticipated against {se}. Check 'Raise the sample size until the target is met' (MEET_TARGET=true) to raise the total, or accept the larger standard error.</source>
            <translation>实际分配达不到目标标准误：预期 {ase:.4f}，目标 {se}。可勾选“增大样本量直至达到目标”（MEET_TARGET=true）以增大总样本量，或接受较大的标准误。</translation>
        </message>
        <message>
            <source>Area-adjusted areas</source>
            <translation>面积校正面积</translation>
        </message>
    </context>
</TS>