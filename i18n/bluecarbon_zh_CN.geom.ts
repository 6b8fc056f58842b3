<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>{what} is transformed from {src} to {dst} with the coordinate operation chosen in the project's transformations: {operation}</source>
            <translation>{what}从 {src} 转换到 {dst}，使用项目“转换”设置中选定的坐标操作：{operation}</translation>
        </message>
        <message>
            <source>{what} is transformed from {src} to {dst} with PROJ's default coordinate operation (the project chooses none): {operation}</source>
            <translation>{what}从 {src} 转换到 {dst}，使用 PROJ 的默认坐标操作（项目未指定）：{operation}</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} cannot be transformed to the raster's CRS, {crs}, by the coordinate operation chosen in the project's transformations ({operation}): the point ({x:.6g}, {y:.6g}) of the layer has no result (a grid the operation needs may not cover it). Choose another operation (Project &gt; Properties &gt; Transformations) or check the layer's CRS, and run again.</source>
            <translation>{what}的要素 {fid} 无法用项目“转换”设置中选定的坐标操作（{operation}）转换到栅格的坐标参考系 {crs}：图层中的点 ({x:.6g}, {y:.6g}) 没有转换结果（该操作所需的格网可能不覆盖它）。请另选坐标操作（项目 &gt; 属性 &gt; 转换）或检查图层的坐标参考系，然后重新运行。</translation>
        </message>
        <message>
            <source>The coordinate operation chosen for {src} to {dst} in the project's transformations cannot be used: {error}. Install the grid it needs (QGIS: Settings &gt; Options &gt; Transformations), or choose another operation (Project &gt; Properties &gt; Transformations), and run again.</source>
            <translation>项目“转换”设置中为 {src} 到 {dst} 选定的坐标操作无法使用：{error}。请安装它所需的格网（QGIS：设置 &gt; 选项 &gt; 转换），或另选坐标操作（项目 &gt; 属性 &gt; 转换），然后重新运行。</translation>
        </message>
        <message>
            <source>Area {n} has an invalid geometry ({reason}); it was repaired before measuring: its rings as drawn add up to {before:.4f} ha, the repaired polygon covers {after:.4f} ha, which is the area used. Check its outline.</source>
            <translation>区域 {n} 的几何无效（{reason}）；量算前已修复：按绘制的环相加为 {before:.4f} 公顷，修复后的多边形覆盖 {after:.4f} 公顷，计算采用后者。请检查其边界。</translation>
        </message>
    </context>
</TS>