<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>the project's non-permanence risk rating from Verra's AFOLU Non-Permanence Risk Tool v4.2 (12 October 2023, required from 1 January 2024, includes sea-level rise; verra.org/verra-releases-updated-afolu-non-permanence-risk-tool)</source>
            <translation>项目的非持久性风险评级，来自 Verra 的 AFOLU 非持久性风险工具 v4.2（2023 年 10 月 12 日发布，2024 年 1 月 1 日起强制使用，包含海平面上升；verra.org/verra-releases-updated-afolu-non-permanence-risk-tool）</translation>
        </message>
        <message>
            <source>ΔC = Σ over {period} of (project − baseline) stock change, removals positive</source>
            <translation>ΔC = {period}内（项目 − 基线）碳储量变化之和，清除为正</translation>
        </message>
        <message>
            <source>A = {share} % × max(ΔC soil, 0)</source>
            <translation>A = {share} % × max(ΔC 中的土壤部分, 0)</translation>
        </message>
        <message>
            <source>ΔC′ = ΔC − A</source>
            <translation>ΔC′ = ΔC − A</translation>
        </message>
        <message>
            <source>L = {leakage} % × max(ΔC′, 0)</source>
            <translation>L = {leakage} % × max(ΔC′, 0)</translation>
        </message>
        <message>
            <source>NER = ΔC′ − L</source>
            <translation>NER = ΔC′ − L</translation>
        </message>
        <message>
            <source>U = NER × (e − a) = NER × ({error} % − {allowable} %); e = {how}</source>
            <translation>U = NER × (e − a) = NER × ({error} % − {allowable} %)；e = {how}</translation>
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
            <source>half-width of the {confidence} % interval of the NER draws ÷ NER</source>
            <translation>NER 抽样的 {confidence} % 区间半宽 ÷ NER</translation>
        </message>
        <message>
            <source>the error given for the project</source>
            <translation>为项目给出的误差</translation>
        </message>
        <message>
            <source>NER′ = NER − U</source>
            <translation>NER′ = NER − U</translation>
        </message>
        <message>
            <source>B = {buffer} % × max(ΔC′, 0): on the stock change, before leakage and the uncertainty deduction</source>
            <translation>B = {buffer} % × max(ΔC′, 0)：按碳储量变化计，在扣除泄漏和不确定性之前</translation>
        </message>
        <message>
            <source>B = {buffer} % × max(NER, 0): on the net after leakage, before the uncertainty deduction (chosen instead of the stock change)</source>
            <translation>B = {buffer} % × max(NER, 0)：按扣除泄漏后的净量计，在扣除不确定性之前（选用此项而非碳储量变化）</translation>
        </message>
        <message>
            <source>N = NER′ − B</source>
            <translation>N = NER′ − B</translation>
        </message>
        <message>
            <source>the period</source>
            <translation>该时期</translation>
        </message>
        <message>
            <source>Reversal of {size} t CO2e in {years}: the cumulative net removals after deductions fell from {before} to {cumulative} t CO2e, with {issued} t CO2e issued before; nothing is issued for {years}.</source>
            <translation>{years} 发生逆转 {size} t CO2e：扣减后的累计净清除量从 {before} 降至 {cumulative} t CO2e，此前已签发 {issued} t CO2e；{years} 不签发。</translation>
        </message>
        <message>
            <source>The cumulative net removals after deductions up to {end} ({cumulative} t CO2e) are still {size} t CO2e below the {issued} t CO2e issued before; nothing is issued for {years} until that is made up.</source>
            <translation>截至 {end} 扣减后的累计净清除量（{cumulative} t CO2e）仍比此前已签发的 {issued} t CO2e 少 {size} t CO2e；在补足之前，{years} 不签发。</translation>
        </message>
        <message>
            <source>Stock change, project − baseline</source>
            <translation>碳储量变化，项目 − 基线</translation>
        </message>
        <message>
            <source>Allochthonous soil carbon</source>
            <translation>外源土壤碳</translation>
        </message>
        <message>
            <source>Stock change after the allochthonous deduction</source>
            <translation>扣除外源碳后的碳储量变化</translation>
        </message>
        <message>
            <source>Net removals before the uncertainty deduction (NER)</source>
            <translation>扣除不确定性前的净清除量（NER）</translation>
        </message>
        <message>
            <source>Uncertainty deduction</source>
            <translation>不确定性扣减</translation>
        </message>
        <message>
            <source>Net removals after the uncertainty deduction</source>
            <translation>扣除不确定性后的净清除量</translation>
        </message>
        <message>
            <source>Net removals credited</source>
            <translation>计入的净清除量</translation>
        </message>
        <message>
            <source>VCS Standard v4.5 section 3.2.26: a reversal is a monitoring period in which the net GHG benefit, taking into account emissions, removals and leakage, is negative, and the project compensates the AFOLU pooled buffer account (as quoted in Verra's program notice 'New AFOLU buffer pool compensation agreement'). Not checked against the source text.</source>
            <translation>VCS 标准 v4.5 第 3.2.26 节：逆转指某一监测期内计及排放、清除和泄漏后的净温室气体效益为负，项目须补偿 AFOLU 集合缓冲账户（据 Verra 项目通知《New AFOLU buffer pool compensation agreement》所引）。未对照原文核对。</translation>
        </message>
        <message>
            <source>No reversal rule found in the public excerpts of the CCER blue-carbon methodologies; reported here so that nothing negative is issued silently.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到逆转规则；此处列出，以免任何负值被悄然签发。</translation>
        </message>
        <message>
            <source>VM0033 v2.1 (Verra, 4 September 2023) section 8.5.1, baseline and project emissions; here the carbon-stock change of the project against the baseline on the same ground, from the plugin's change model.</source>
            <translation>VM0033 v2.1（Verra，2023 年 9 月 4 日）第 8.5.1 节，基线排放与项目排放；此处为同一地块上项目相对基线的碳储量变化，由本插件的变化模型得出。</translation>
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
            <source>CCER methodologies of sector 14 (CCER-14-002-V01 mangrove planting, CCER-14-003-V01 salt-marsh vegetation restoration, CCER-14-004-V01 seagrass-bed vegetation restoration) account removals as the project scenario's carbon-stock change minus the baseline scenario's minus leakage over the crediting period, as quoted by secondary sources; the full texts were not reachable.</source>
            <translation>第 14 领域的 CCER 方法学（CCER-14-002-V01 红树林营造、CCER-14-003-V01 滨海盐沼植被修复、CCER-14-004-V01 海草床植被修复）按二手资料所述，将清除量核算为计入期内项目情景碳储量变化减去基线情景碳储量变化再减去泄漏；未能获取全文。</translation>
        </message>
        <message>
            <source>No such deduction found in the public excerpts of the CCER blue-carbon methodologies (full texts not reachable); applied only as set here, with VM0033's treatment. Check against the published text.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到此项扣减（未能获取全文）；仅按此处设置、采用 VM0033 的处理方式扣除。请对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>Arithmetic of the lines above.</source>
            <translation>上述各行的算术结果。</translation>
        </message>
        <message>
            <source>Leakage as the CCER sector-14 methodologies account it (project change − baseline change − leakage), as quoted by secondary sources; the percentage is the project's own estimate. Not checked against the published text.</source>
            <translation>泄漏按 CCER 第 14 领域方法学的核算方式（项目变化 − 基线变化 − 泄漏），据二手资料；泄漏比例为项目自行估计。未对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>No uncertainty deduction found in the public excerpts of the CCER blue-carbon methodologies (full texts not reachable); applied only as set here, with VM0033's formula. Check against the published text.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到不确定性扣减（未能获取全文）；仅按此处设置、采用 VM0033 的公式扣除。请对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>No non-permanence buffer found in the public excerpts of the CCER blue-carbon methodologies (full texts not reachable); applied only as set here. Percentage: {tool}. Check against the published text.</source>
            <translation>在 CCER 蓝碳方法学的公开摘录中未找到非持久性缓冲（未能获取全文）；仅按此处设置扣除。比例：{tool}。请对照正式发布的文本核对。</translation>
        </message>
        <message>
            <source>Unknown standard '{value}'; use one of: {choices}.</source>
            <translation>未知的标准“{value}”；请使用以下之一：{choices}。</translation>
        </message>
        <message>
            <source>Unknown buffer base '{value}'; use one of: {choices}.</source>
            <translation>未知的缓冲计算基数“{value}”；请使用以下之一：{choices}。</translation>
        </message>
        <message>
            <source>leakage</source>
            <translation>泄漏</translation>
        </message>
        <message>
            <source>non-permanence buffer</source>
            <translation>非持久性缓冲</translation>
        </message>
        <message>
            <source>allochthonous soil carbon</source>
            <translation>外源土壤碳</translation>
        </message>
        <message>
            <source>stock change</source>
            <translation>碳储量变化</translation>
        </message>
        <message>
            <source>soil-carbon stock change</source>
            <translation>土壤碳储量变化</translation>
        </message>
        <message>
            <source>The {what} percentage must be between 0 and 100; got {value}.</source>
            <translation>{what}比例必须在 0 到 100 之间；实际为 {value}。</translation>
        </message>
        <message>
            <source>The confidence level must be above 0 and below 100 % (90 in VCS practice, 95 also used); got {value}.</source>
            <translation>置信水平必须大于 0 且小于 100 %（VCS 惯例为 90，也用 95）；实际为 {value}。</translation>
        </message>
        <message>
            <source>The Monte Carlo draws of the {what} contain values that are not finite numbers.</source>
            <translation>{what}的蒙特卡罗抽样中含有不是有限数值的值。</translation>
        </message>
        <message>
            <source>allowable uncertainty</source>
            <translation>允许不确定性</translation>
        </message>
        <message>
            <source>Name the source of the non-permanence buffer percentage (for a VCS project: its AFOLU Non-Permanence Risk Tool v4.2 risk report).</source>
            <translation>请注明非持久性缓冲比例的来源（VCS 项目：其 AFOLU 非持久性风险工具 v4.2 风险报告）。</translation>
        </message>
        <message>
            <source>The years must be consecutive and increasing; got {years}.</source>
            <translation>年份必须连续且递增；实际为 {years}。</translation>
        </message>
        <message>
            <source>Monitoring periods must end on years of the accounting, in increasing order; got {ends} for the years {first}–{last}.</source>
            <translation>监测期必须在核算年份内结束，且按递增顺序；实际为 {ends}，核算年份为 {first}–{last}。</translation>
        </message>
        <message>
            <source>The uncertainty error must be a percentage of 0 or more; got {value}.</source>
            <translation>不确定性误差必须是 0 或更大的百分比；实际为 {value}。</translation>
        </message>
        <message>
            <source>habitat-methodology table</source>
            <translation>生境—方法学表</translation>
        </message>
        <message>
            <source>methodology table</source>
            <translation>方法学表</translation>
        </message>
        <message>
            <source>table of what the plugin does not cover</source>
            <translation>本插件未涵盖事项表</translation>
        </message>
        <message>
            <source>credited under {methodology}</source>
            <translation>按 {methodology} 计入</translation>
        </message>
        <message>
            <source>not credited: no CCER blue-carbon methodology covers the class {cls}</source>
            <translation>不计入：没有 CCER 蓝碳方法学涵盖类别 {cls}</translation>
        </message>
        <message>
            <source>not credited: class {value} is not in the plugin's class scheme and no methodology is known for it</source>
            <translation>不计入：类别 {value} 不在本插件的分类体系中，也没有已知的方法学</translation>
        </message>
        <message>
            <source>not credited: no project class on this ground (nodata)</source>
            <translation>不计入：此处没有项目类别（无数据）</translation>
        </message>
        <message>
            <source>excluded: no baseline class on this ground (nodata)</source>
            <translation>排除：此处没有基线类别（无数据）</translation>
        </message>
        <message>
            <source>eligible under {methodology}: the baseline class {baseline} is an eligible baseline ({classes})</source>
            <translation>按 {methodology} 合格：基线类别 {baseline} 是合格基线（{classes}）</translation>
        </message>
        <message>
            <source>eligible under {methodology} only if the ponds were taken out of aquaculture: the baseline class {baseline} cannot show it, the project's documents must</source>
            <translation>仅当池塘已退养时才按 {methodology} 合格：基线类别 {baseline} 无法显示这一点，须由项目文件证明</translation>
        </message>
        <message>
            <source>excluded from {methodology}: the baseline class {baseline} is not an eligible baseline ({classes})</source>
            <translation>不计入 {methodology}：基线类别 {baseline} 不是合格基线（{classes}）</translation>
        </message>
        <message>
            <source>counted under {methodology}, eligibility not checked: the methodology's baseline conditions were not in the sources available; check against its published text</source>
            <translation>按 {methodology} 计入，合格性未核对：未能查到该方法学的基线条件；请对照其正式发布的文本核对</translation>
        </message>
        <message>
            <source>Row {row} of the {what} lacks its source or how it was verified; every row of a literature table names both.</source>
            <translation>{what}第 {row} 行缺少来源或核对方式；文献表的每一行都须注明两者。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: give one class value and a methodology of the methodology table (or none).</source>
            <translation>{what}第 {row} 行：须给出一个类别值，以及方法学表中的一项方法学（或不填）。</translation>
        </message>
        <message>
            <source>Row {row} of the {what}: '{value}' is not a class value (a whole number).</source>
            <translation>{what}第 {row} 行：“{value}”不是类别值（整数）。</translation>
        </message>
        <message>
            <source>The eligible baseline classes must be class values (whole numbers); got '{value}'.</source>
            <translation>合格基线类别必须是类别值（整数）；实际为“{value}”。</translation>
        </message>
    </context>
</TS>