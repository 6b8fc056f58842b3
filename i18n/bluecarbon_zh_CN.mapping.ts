<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Presets know each product's band order, scaling, fill and saturation values, and find bands by their descriptions (B4, SR_B5, …); without descriptions they need the full product's band order. Custom uses the band numbers, scale and offset below. The log says which bands, offset and scaling were used and why.</source>
            <translation>预设了解各产品的波段顺序、缩放、填充值和饱和值，并按波段描述（B4、SR_B5 等）查找波段；没有描述时需要完整产品的波段顺序。自定义传感器使用下方的波段编号、比例系数和偏移量。日志会说明使用了哪些波段、偏移和缩放，以及原因。</translation>
        </message>
        <message>
            <source>Sentinel-2 L2A products from processing baseline 04.00 (January 2022) and the 2015–2021 Collection-1 reprocessing carry an offset of −1000. Automatic reads BOA_ADD_OFFSET (band metadata, GDAL offset, MTD_MSIL2A.xml, a STAC item beside the file, the product name); without them it decides from the darkest SWIR values (water sits near 1000 DN with the offset, near 0 without) or refuses. A setting the data contradict is warned about.</source>
            <translation>处理基线 04.00（2022 年 1 月）及以后的 Sentinel-2 L2A 产品，以及 2015–2021 年 Collection-1 重处理产品，带有 −1000 的偏移。“自动”依次读取 BOA_ADD_OFFSET（波段元数据、GDAL 偏移、MTD_MSIL2A.xml、文件旁的 STAC 条目、产品名称）；若都没有，则根据最暗的 SWIR 值判断（有偏移时水体接近 1000 DN，无偏移时接近 0），无法判断时拒绝运行。若设置与数据矛盾，会给出警告。</translation>
        </message>
        <message>
            <source>The floating algae index with B8A matches Hu 2009's 859 nm band and B11's 20 m grid; the image must hold a band described as B8A (or the full L2A band order).</source>
            <translation>使用 B8A 的浮游藻类指数与 Hu 2009 的 859 nm 波段及 B11 的 20 m 网格相符；影像必须含有描述为 B8A 的波段（或完整的 L2A 波段顺序）。</translation>
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's own GDAL scale and offset (1 and 0 when it has none); values whose median is not a reflectance are refused.</source>
            <translation>反射率 = DN × 比例系数 + 偏移量，用于自定义传感器。留空：使用文件自身的 GDAL 比例系数和偏移（没有时为 1 和 0）；中位数不是反射率的数值会被拒绝。</translation>
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's GDAL offset (or 0).</source>
            <translation>反射率 = DN × 比例系数 + 偏移量，用于自定义传感器。留空：使用文件的 GDAL 偏移（或 0）。</translation>
        </message>
        <message>
            <source>NIR band of FAI (Sentinel-2)</source>
            <translation>FAI 使用的近红外波段（Sentinel-2）</translation>
        </message>
        <message>
            <source>Automatic: metadata, else decided from the data</source>
            <translation>自动：读取元数据，否则根据数据判断</translation>
        </message>
        <message>
            <source>NIR (B8, 833 nm)</source>
            <translation>近红外（B8，833 nm）</translation>
        </message>
        <message>
            <source>Narrow NIR (B8A, 865 nm)</source>
            <translation>窄近红外（B8A，865 nm）</translation>
        </message>
        <message>
            <source>{what} covers {pct:.1f}% of the image.</source>
            <translation>{what}覆盖影像的 {pct:.1f}%。</translation>
        </message>
        <message>
            <source>{what} covers no pixel of the image: check its coordinate reference system ({crs}; the image is in {image_crs}) and that it lies over the image.</source>
            <translation>{what}未覆盖影像的任何像元：请检查其坐标参考系（{crs}；影像为 {image_crs}）以及它是否位于影像范围内。</translation>
        </message>
        <message>
            <source>MNDWI &gt; {v:g} (Xu 2006)</source>
            <translation>MNDWI &gt; {v:g}（Xu 2006）</translation>
        </message>
        <message>
            <source>every other valid pixel</source>
            <translation>其余所有有效像元</translation>
        </message>
        <message>
            <source>Lyzenga depth-invariant index from {n} sand pixels (attenuation ratio {k:.3f} by {method}); bottom darker than the sand by more than {sd:g} sd, optically shallow</source>
            <translation>Lyzenga 深度不变指数，来自 {n} 个沙底像元（衰减比 {k:.3f}，方法：{method}）；底质比沙底暗超过 {sd:g} 个标准差，且为光学浅水</translation>
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
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI &gt; 0</source>
            <translation>FAI &gt; {fai:g}（Hu 2009），距陆地至少 {buf} 个像元，NDVI &gt; 0</translation>
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI ≤ 0</source>
            <translation>FAI &gt; {fai:g}（Hu 2009），距陆地至少 {buf} 个像元，NDVI ≤ 0</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM, inside the intertidal mask</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020），DEM 上不高于 {max:g} m，位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>no intertidal mask and no DEM: the intertidal zone is unknown</source>
            <translation>没有潮间带掩膜也没有 DEM：潮间带范围未知</translation>
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
            <source>unvegetated, not water, at or below {max:g} m on a DEM covering {pct:.0f}% of the land</source>
            <translation>无植被、非水体，位于覆盖 {pct:.0f}% 陆地的 DEM 上 {max:g} m 或以下</translation>
        </message>
        <message>
            <source>vegetation that is not mangrove, at or below {max:g} m on a DEM covering {pct:.0f}% of the land</source>
            <translation>非红树林的植被，位于覆盖 {pct:.0f}% 陆地的 DEM 上 {max:g} m 或以下</translation>
        </message>
        <message>
            <source>green reflectance below {g:g} where the bathymetry is 0 to {d:g} m deep</source>
            <translation>水深图上水深 0 至 {d:g} m 处绿光反射率低于 {g:g}</translation>
        </message>
        <message>
            <source>no sand polygons and no bathymetry: seagrass cannot be told from deep water</source>
            <translation>没有沙底多边形也没有水深图：无法区分海草与深水</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020），DEM 上不高于 {max:g} m</translation>
        </message>
        <message>
            <source>Only {n} sand pixels have a depth on the bathymetry (over {rng:.1f} m): too few or too narrow a range for the regression on depth; the attenuation ratio is taken from the sand's variance instead.</source>
            <translation>只有 {n} 个沙底像元在水深图上有水深（范围 {rng:.1f} m）：数量太少或范围太窄，无法对水深做回归；衰减比改由沙底方差法求得。</translation>
        </message>
        <message>
            <source>unvegetated, not water, inside the intertidal mask</source>
            <translation>无植被、非水体，位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>vegetation that is not mangrove, inside the intertidal mask</source>
            <translation>非红树林的植被，位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), inside the intertidal mask</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020），位于潮间带掩膜内</translation>
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020)</source>
            <translation>NDVI &gt; {ndvi:g} 且 MVI ≥ {mvi:g}（Baloloy 等 2020）</translation>
        </message>
        <message>
            <source>The attenuation ratio kB/kG = {k:.3f} is close to 1: the depth-invariant index barely changes with the bottom's brightness, so seagrass darker than the sand is hard to see. Draw the sand polygons over one bright bottom at varying depth, and give bathymetry to estimate the ratio from depth.</source>
            <translation>衰减比 kB/kG = {k:.3f} 接近 1：深度不变指数几乎不随底质亮度变化，因此难以识别比沙底暗的海草。请在同一种明亮底质、不同水深处绘制沙底多边形，并提供水深图以便由水深估算衰减比。</translation>
        </message>
        <message>
            <source>The sand's radiance does not fall with depth (slopes {sb:.3f} and {sg:.3f} per m for blue and green): the attenuation ratio is taken from the sand's variance instead.</source>
            <translation>沙底辐亮度没有随水深下降（蓝光和绿光斜率分别为每米 {sb:.3f} 和 {sg:.3f}）：衰减比改由沙底方差法求得。</translation>
        </message>
        <message>
            <source>The attenuation ratio kB/kG = {k:.3f} is above 1 (blue attenuated more than green, as in turbid or CDOM-rich water): a darker bottom raises the depth-invariant index, so seagrass is mapped where the index is above the sand's.</source>
            <translation>衰减比 kB/kG = {k:.3f} 大于 1（蓝光衰减强于绿光，常见于浑浊或有色溶解有机物丰富的水体）：较暗的底质会使深度不变指数升高，因此海草被划在指数高于沙底的位置。</translation>
        </message>
        <message>
            <source>The image has no valid pixel in the bands used (all are nodata, fill or saturated).</source>
            <translation>所用波段中影像没有有效像元（全部为无数据、填充值或饱和值）。</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g} the median value is {median:.4g}: these are not reflectances (0–1). Set the scale (for example 0.0001 for DN/10000) or choose the image's sensor preset.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，中位数为 {median:.4g}：这些不是反射率（0–1）。请设置比例系数（例如 DN/10000 时为 0.0001）或选择影像对应的传感器预设。</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g}, {pct:.0f}% of the {role} band is negative: this scaling does not fit the image. Choose the image's sensor preset (or the right Sentinel-2 processing baseline), or set the scale and offset.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，{role} 波段有 {pct:.0f}% 为负值：该缩放与影像不符。请选择影像对应的传感器预设（或正确的 Sentinel-2 处理基线），或设置比例系数和偏移量。</translation>
        </message>
        <message>
            <source>bands found by their descriptions</source>
            <translation>按波段描述找到的波段</translation>
        </message>
        <message>
            <source>processing baseline {value} in the product name</source>
            <translation>产品名称中的处理基线 {value}</translation>
        </message>
        <message>
            <source>{pct:.0f}% of the {role} band's values lie outside the valid range {lo}–{hi} DN of {sensor}: this image is not that product (with its scaling, reflectance would be negative). Choose the image's sensor preset, or Custom with its scale and offset.</source>
            <translation>{role} 波段有 {pct:.0f}% 的值超出 {sensor} 的有效范围 {lo}–{hi} DN：该影像不是此产品（按其缩放，反射率将为负值）。请选择影像对应的传感器预设，或使用自定义传感器并给出比例系数和偏移量。</translation>
        </message>
        <message>
            <source>The {sensor} preset expects the product's band order ({full} bands: {order}) or band descriptions naming the bands. This raster has {count} band(s); its descriptions name {found}, not {missing}. Name the bands in their descriptions (for example 'B4'), stack the full product, or use the Custom sensor with band numbers.</source>
            <translation>{sensor} 预设需要产品的波段顺序（{full} 个波段：{order}）或能说明波段名称的波段描述。此栅格有 {count} 个波段；其描述给出了 {found}，缺少 {missing}。请在波段描述中写明波段名称（例如“B4”），堆叠完整产品，或使用自定义传感器并给出波段编号。</translation>
        </message>
        <message>
            <source>The scale is {scale}: every pixel would get the same reflectance and every index would be nodata. Give the scale that turns DN into reflectance (for example 0.0001).</source>
            <translation>比例系数为 {scale}：每个像元的反射率都相同，所有指数都将是无数据。请给出把 DN 转为反射率的比例系数（例如 0.0001）。</translation>
        </message>
        <message>
            <source>The scale is negative ({scale}); reflectance = DN × scale + offset needs a positive scale.</source>
            <translation>比例系数为负（{scale}）；反射率 = DN × 比例系数 + 偏移量 需要正的比例系数。</translation>
        </message>
        <message>
            <source>Sentinel-2 offset {add:g} DN: reflectance = (DN {sign} {abs:g}) / 10000 ({why}).</source>
            <translation>Sentinel-2 偏移 {add:g} DN：反射率 = (DN {sign} {abs:g}) / 10000（{why}）。</translation>
        </message>
        <message>
            <source>GDAL band offset {value} (scale 0.0001)</source>
            <translation>GDAL 波段偏移 {value}（比例系数 0.0001）</translation>
        </message>
        <message>
            <source>processing baseline {value} in the metadata</source>
            <translation>元数据中的处理基线 {value}</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g}, {pct:.1f}% of the {role} band is negative reflectance: check the sensor preset and the Sentinel-2 processing baseline.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，{role} 波段有 {pct:.1f}% 为负反射率：请检查传感器预设和 Sentinel-2 处理基线。</translation>
        </message>
        <message>
            <source>The band descriptions of this {count}-band raster put {roles} elsewhere than the {sensor} band order ({order}): the bands were reordered. Use the Custom sensor with band numbers.</source>
            <translation>此 {count} 波段栅格的波段描述把 {roles} 放在了与 {sensor} 波段顺序（{order}）不同的位置：波段已被重新排序。请使用自定义传感器并给出波段编号。</translation>
        </message>
        <message>
            <source>the product's standard band order ({order})</source>
            <translation>产品的标准波段顺序（{order}）</translation>
        </message>
        <message>
            <source>FAI was asked to use the narrow NIR band (B8A), but no band of this raster is described as B8A. Use the NIR band for FAI, or add B8A to the stack.</source>
            <translation>要求 FAI 使用窄近红外波段（B8A），但此栅格没有描述为 B8A 的波段。请让 FAI 使用近红外波段，或把 B8A 加入堆叠。</translation>
        </message>
        <message>
            <source>The raster {path} has {count} band(s), but the {role} band is set to {band}. Check the band numbers.</source>
            <translation>栅格 {path} 有 {count} 个波段，但 {role} 波段被设为 {band}。请检查波段编号。</translation>
        </message>
        <message>
            <source>The bands used declare different GDAL scales/offsets ({pairs}); set SCALE and OFFSET.</source>
            <translation>所用波段声明了不同的 GDAL 比例系数/偏移（{pairs}）；请设置 SCALE 和 OFFSET。</translation>
        </message>
        <message>
            <source>Custom bands {bands}; reflectance = DN × {scale:g} {offset:+g}.</source>
            <translation>自定义波段 {bands}；反射率 = DN × {scale:g} {offset:+g}。</translation>
        </message>
        <message>
            <source>Bands {bands}: {how}.</source>
            <translation>波段 {bands}：{how}。</translation>
        </message>
        <message>
            <source>Not data: declared nodata and DN {fill}{range} ({sensor}).</source>
            <translation>非数据：声明的无数据值以及 DN {fill}{range}（{sensor}）。</translation>
        </message>
        <message>
            <source>set by the processing baseline parameter (04.00 or later)</source>
            <translation>由处理基线参数设定（04.00 或以后）</translation>
        </message>
        <message>
            <source>band metadata BOA_ADD_OFFSET = {value}</source>
            <translation>波段元数据 BOA_ADD_OFFSET = {value}</translation>
        </message>
        <message>
            <source>BOA_ADD_OFFSET {value} in MTD_MSIL2A.xml</source>
            <translation>MTD_MSIL2A.xml 中的 BOA_ADD_OFFSET {value}</translation>
        </message>
        <message>
            <source>processing baseline {value} in MTD_MSIL2A.xml</source>
            <translation>MTD_MSIL2A.xml 中的处理基线 {value}</translation>
        </message>
        <message>
            <source>FAI uses the {sensor} NIR band (its only NIR band).</source>
            <translation>FAI 使用 {sensor} 的近红外波段（其唯一的近红外波段）。</translation>
        </message>
        <message>
            <source>set by the processing baseline parameter (before 04.00)</source>
            <translation>由处理基线参数设定（04.00 之前）</translation>
        </message>
        <message>
            <source>The Sentinel-2 offset cannot be decided: the file carries no BOA_ADD_OFFSET or processing baseline, and its SWIR bands have no dark water to tell (darkest 1% at {floor:.0f} DN). Set the Sentinel-2 processing baseline (S2_BASELINE=1 before 04.00, S2_BASELINE=2 for 04.00 or later, including the 2015–2021 Collection-1 reprocessing).</source>
            <translation>无法确定 Sentinel-2 偏移：文件没有 BOA_ADD_OFFSET 或处理基线信息，其 SWIR 波段也没有可供判断的暗水体（最暗 1% 在 {floor:.0f} DN）。请设置 Sentinel-2 处理基线（04.00 之前为 S2_BASELINE=1；04.00 或以后，包括 2015–2021 年 Collection-1 重处理产品，为 S2_BASELINE=2）。</translation>
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
            <source>STAC raster:bands offset in {value}</source>
            <translation>{value} 中的 STAC raster:bands 偏移</translation>
        </message>
        <message>
            <source>Scale {scale:g} and offset {offset:g} taken from the file's GDAL band metadata.</source>
            <translation>比例系数 {scale:g} 和偏移 {offset:g} 取自文件的 GDAL 波段元数据。</translation>
        </message>
        <message>
            <source>no offset metadata; decided from the data: {share:.1f}% of the SWIR values are below 500 DN, which the −1000 offset would make clearly negative reflectance</source>
            <translation>没有偏移元数据；根据数据判断：{share:.1f}% 的 SWIR 值低于 500 DN，若有 −1000 偏移这些将明显为负反射率</translation>
        </message>
        <message>
            <source>no offset metadata; decided from the data: no SWIR value is far below 1000 DN and the darkest 1% sit at {floor:.0f} DN, the zero of the −1000 offset (processing baseline 04.00 or later)</source>
            <translation>没有偏移元数据；根据数据判断：没有远低于 1000 DN 的 SWIR 值，最暗 1% 在 {floor:.0f} DN，正是 −1000 偏移的零点（处理基线 04.00 或以后）</translation>
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
            <translation>用一套有文献依据的规则，从一幅地表反射率影像绘制插件的生境类别，无需训练数据。没有证据就不划分任何类别：缺少证据的类别会被跳过，并给出说明原因的警告；输出的元数据（CLASS_&lt;code&gt;_EVIDENCE、SKIPPED_CLASSES）逐类列出所用的证据。

规则（后面的优先）及其证据：
1 开阔水域：MNDWI &gt; 0（Xu 2006）。
5 海草：暗色、光学浅水的底质，仅在有沙底多边形（Lyzenga 深度不变指数）或水深图（浅水中绿光反射率低）时划分；两者都没有时跳过，因为深水看起来一样。
6 海藻 / 7 浮筏养殖：FAI 高于阈值（Hu 2009；海藻 NDVI &gt; 0），距陆地至少 SHORE_BUFFER 个像元，有水深图时仅限水深至少 FLOAT_MIN_DEPTH 的水域。
2 潮滩和 4 盐沼：仅在潮间带已知处：潮间带掩膜内，或覆盖陆地的 DEM（在影像至少 90% 的陆地像元上有值，且既低于 0 又高于最高高程）上不高于最高高程处。陆地为无数据的水深图不能作为潮间带陆地的证据：没有证据时两类都跳过。
3 红树林：NDVI &gt; 0.3 且红树林植被指数 MVI ≥ 4.5（Baloloy 等 2020），有 DEM 时不高于最高高程，有潮间带掩膜时位于掩膜内。
9 其他陆地：其余部分。

Lyzenga 指数（Lyzenga 1981，Int. J. Remote Sens. 2: 71–82；Green、Mumby、Edwards 和 Clark 2000，《热带海岸管理遥感手册》）：DII = ln(B − B∞) − k ln(G − G∞)，B∞、G∞ 为最暗（第 1 百分位）的水体。给出 DEM/水深图时，衰减比 k = kB/kG 为沙底上 ln(L − L∞) 对水深的斜率之比；否则由沙底的方差/协方差求得（a = (σBB − σGG)/(2σBG)，k = a + √(a² + 1)），此法会把沙底自身的亮度变化当作水深。较暗的底质使 DII 变化 (1 − k) ln(变暗倍数)：k &lt; 1 时海草位于沙底 DII 之下，k &gt; 1 时（浑浊或有色溶解有机物丰富的水体）位于其上；k 接近 1 时指数无法识别较暗底质，会给出注明衰减比的警告。蓝光和绿光都在 L∞ 上方两个深水标准差以内的像元为光学深水，不划为海草。日志给出 k、其估算方法、沙底样本的数量和水深范围。

DEM 和潮间带掩膜必须与影像重叠（坐标参考系错误的图层会被拒绝）。养殖池塘需要形状和周边信息：请用监督分类器识别。阈值只是起点：请对照已知地点检查结果并调整，或训练分类器。</translation>
        </message>
        <message>
            <source>Floating matter: distance from land (pixels)</source>
            <translation>浮游物：距陆地距离（像元）</translation>
        </message>
        <message>
            <source>Floating seaweed or mariculture only this many pixels or more from land: shore pixels mix land and water (and the 20 m SWIR band mixes more), which raises FAI.</source>
            <translation>浮游海藻或养殖仅划在距陆地至少这么多像元处：岸边像元混合了陆地和水体（20 m 的 SWIR 波段混合更多），会抬高 FAI。</translation>
        </message>
        <message>
            <source>Floating matter: minimum water depth (m)</source>
            <translation>浮游物：最小水深（m）</translation>
        </message>
        <message>
            <source>With bathymetry: floating matter only over water at least this deep, since a bottom seen through a few decimetres of water raises the NIR and FAI.</source>
            <translation>有水深图时：浮游物仅划在水深至少为此值的水域，因为透过几分米水层看到的底质会抬高近红外和 FAI。</translation>
        </message>
        <message>
            <source>The DEM has a value on {pct:.1f}% of the image.</source>
            <translation>DEM 在影像的 {pct:.1f}% 上有值。</translation>
        </message>
        <message>
            <source>Class {code} ({name}) was not mapped: {why}.</source>
            <translation>类别 {code}（{name}）未划分：{why}。</translation>
        </message>
        <message>
            <source>Class {code} ({name}): {evidence}.</source>
            <translation>类别 {code}（{name}）：{evidence}。</translation>
        </message>
        <message>
            <source>The DEM {path} has no coordinate reference system, so it cannot be placed on the image. Assign its CRS (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
            <translation>DEM {path} 没有坐标参考系，无法放到影像上。请为其指定坐标参考系（栅格 &gt; 投影 &gt; 指定投影）后重新运行。</translation>
        </message>
        <message>
            <source>The DEM {path} does not overlap the image: check its coordinate reference system ({crs}; the image is in {image_crs}).</source>
            <translation>DEM {path} 与影像不重叠：请检查其坐标参考系（{crs}；影像为 {image_crs}）。</translation>
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
            <source>The sand polygons cover no pixel of the image: check their coordinate reference system ({crs}; the image is in {image_crs}).</source>
            <translation>沙底多边形未覆盖影像的任何像元：请检查其坐标参考系（{crs}；影像为 {image_crs}）。</translation>
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
FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)], floating algae index (Hu 2009), with the band-centre wavelengths of the bands used (Sentinel-2, mean of S2A and S2B: B4 664.8, B8 832.9, B8A 864.4, B11 1612.1 nm; Landsat 8/9: 654.6, 864.7, 1608.9 nm). With Sentinel-2, the advanced parameter FAI_NIR = 1 uses B8A, closer to Hu's 859 nm and on B11's 20 m grid.

Scaling: Sentinel-2 L2A reflectance = DN/10000 before processing baseline 04.00 and (DN − 1000)/10000 from 04.00 (decided from the metadata, else from the data, and logged); Landsat 8/9 Collection 2 Level-2 = DN × 0.0000275 − 0.2, valid DN 7273–43636; Custom = DN × scale + offset (the file's GDAL scale and offset when SCALE is empty). Values that cannot be reflectance are refused.</source>
            <translation>由地表反射率逐块计算光谱指数，每个指数一个 float32 波段（波段描述为指数名称）。任一输入波段为无数据、填充值或饱和值处，以及分母与 0 的差在 0.005 反射率以内处（EVI 为 0.1，因其 7.5 × 蓝光项会放大噪声），结果为无数据，以免出现由噪声构成的巨大数值。

NDVI = (NIR − Red)/(NIR + Red)（Rouse 等 1974）
NDWI = (Green − NIR)/(Green + NIR)（McFeeters 1996）
MNDWI = (Green − SWIR1)/(Green + SWIR1)（Xu 2006）
EVI = 2.5 (NIR − Red)/(NIR + 6 Red − 7.5 Blue + 1)（Huete 等 2002）
SAVI = 1.5 (NIR − Red)/(NIR + Red + 0.5)（Huete 1988）
LSWI = (NIR − SWIR1)/(NIR + SWIR1)（Xiao 等 2002）
MVI = |NIR − Green|/|SWIR1 − Green|，红树林植被指数（Baloloy 等 2020，ISPRS J. Photogramm. Remote Sens. 166: 95–117）
CMRI = NDVI − NDWI，综合红树林识别指数（Gupta 等 2018，MethodsX 5: 1129–1139）
FAI = NIR − [Red + (SWIR1 − Red)(λNIR − λRed)/(λSWIR1 − λRed)]，浮游藻类指数（Hu 2009），使用所用波段的中心波长（Sentinel-2 取 S2A 与 S2B 的平均：B4 664.8、B8 832.9、B8A 864.4、B11 1612.1 nm；Landsat 8/9：654.6、864.7、1608.9 nm）。对 Sentinel-2，高级参数 FAI_NIR = 1 使用 B8A，更接近 Hu 的 859 nm，并与 B11 同为 20 m 网格。

缩放：Sentinel-2 L2A 反射率在处理基线 04.00 之前 = DN/10000，自 04.00 起 = (DN − 1000)/10000（依据元数据，否则依据数据判断，并写入日志）；Landsat 8/9 Collection 2 Level-2 = DN × 0.0000275 − 0.2，有效 DN 为 7273–43636；自定义 = DN × 比例系数 + 偏移量（SCALE 留空时使用文件的 GDAL 比例系数和偏移）。不可能是反射率的数值会被拒绝。</translation>
        </message>
        <message>
            <source>regression on depth</source>
            <translation>对水深回归</translation>
        </message>
        <message>
            <source>the sand's variance</source>
            <translation>沙底方差法</translation>
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g} the median value is {median:.3g}: the file seems to hold reflectance already. Use the Custom sensor with scale 1.</source>
            <translation>按反射率 = DN × {scale:g} {offset:+g} 计算，中位数为 {median:.3g}：文件中似乎已经是反射率。请使用自定义传感器，比例系数设为 1。</translation>
        </message>
    </context>
</TS>