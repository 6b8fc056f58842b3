<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Feature {fid} of {what} has the coordinates ({x:.6g}, {y:.6g}), which are not longitude and latitude in degrees, but the layer's CRS is {crs}, a geographic CRS. The layer's CRS is probably wrong (metres of a projected CRS, such as UTM, declared as degrees; a GeoJSON file without a "crs" member is always read as EPSG:4326). Set the layer's CRS to the one its coordinates are in (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}的要素 {fid} 的坐标为 ({x:.6g}, {y:.6g})，不是以度为单位的经纬度，但该图层的坐标参考系是地理坐标系 {crs}。该图层的坐标参考系很可能设错了（投影坐标系如 UTM 的米被声明为度；不含 "crs" 成员的 GeoJSON 文件总是按 EPSG:4326 读取）。请把图层的坐标参考系设为其坐标实际所用的坐标系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has the coordinates ({x:.6g}, {y:.6g}), which lie outside the area where its CRS, {crs}, is defined. The layer's CRS is probably wrong; set it to the one its coordinates are in (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}的要素 {fid} 的坐标为 ({x:.6g}, {y:.6g})，位于其坐标参考系 {crs} 的有效范围之外。该图层的坐标参考系很可能设错了；请把它设为其坐标实际所用的坐标系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} spans {span:.1f}° of longitude, more than half the globe, even after its rings were joined across the antimeridian (±180°). Split it into parts narrower than 180° (or check that it does not encircle a pole) and run again.</source>
            <translation>{what}的要素 {fid} 跨越 {span:.1f}° 经度，即使在其环跨越反子午线（±180°）连接之后仍超过半个地球。请将其拆分为宽度小于 180° 的部分（或检查它是否环绕极点）后重新运行。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} lies where the raster's CRS, {crs}, cannot represent it (the point ({x:.6g}, {y:.6g}) of the layer has no coordinates there). The polygons and the raster are probably far apart: check the layer's CRS, or use a raster in a CRS that covers the polygons.</source>
            <translation>{what}的要素 {fid} 位于栅格坐标参考系 {crs} 无法表示的位置（该图层中的点 ({x:.6g}, {y:.6g}) 在该坐标系中没有坐标）。多边形与栅格很可能相距甚远：请检查图层的坐标参考系，或使用坐标参考系覆盖这些多边形的栅格。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} has an invalid geometry ({reason}). Each of its parts was repaired and the parts merged, so that ground inside two parts counts once: its rings as drawn add up to {before:.4f} ha, the repaired polygon covers {after:.4f} ha. Check its outline.</source>
            <translation>{what}的要素 {fid} 的几何无效（{reason}）。已逐部分修复并合并各部分，使两个部分共有的地面只计一次：按绘制的环合计 {before:.4f} 公顷，修复后的多边形覆盖 {after:.4f} 公顷。请检查其轮廓。</translation>
        </message>
        <message>
            <source>Feature {fid} of {what} became an invalid polygon when reprojected to the raster's CRS ({reason}); it was repaired: {before:.4f} ha as drawn, {after:.4f} ha after repair. Check its outline, or reproject the layer yourself.</source>
            <translation>{what}的要素 {fid} 在重投影到栅格坐标参考系时变成无效多边形（{reason}）；已修复：按绘制为 {before:.4f} 公顷，修复后为 {after:.4f} 公顷。请检查其轮廓，或自行对该图层重投影。</translation>
        </message>
        <message>
            <source>The raster {path} is georeferenced only by {n} ground control points (GCPs), not by a regular grid, so its cells have no fixed position or size. Warp it onto a grid first, for example gdalwarp -r near {path} warped.tif (nearest neighbour keeps the class values; add -t_srs EPSG:&lt;code&gt; to choose the grid's CRS; in QGIS: Raster &gt; Projections &gt; Warp), and run on the warped raster.</source>
            <translation>栅格 {path} 仅由 {n} 个地面控制点（GCP）进行地理配准，而非规则格网，因此其像元没有固定的位置和大小。请先将其重采样到格网上，例如 gdalwarp -r near {path} warped.tif（最近邻法保留类别值；加上 -t_srs EPSG:&lt;代码&gt; 可选择格网的坐标参考系；在 QGIS 中：栅格 &gt; 投影 &gt; 变形（重投影）），然后对重采样后的栅格运行。</translation>
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
            <source>A polygon spans {span:.1f}° of longitude even after its rings were joined across the antimeridian; split it into parts narrower than 180°.</source>
            <translation>一个多边形即使在其环跨越反子午线连接之后仍跨越 {span:.1f}° 经度；请将其拆分为宽度小于 180° 的部分。</translation>
        </message>
        <message>
            <source>{what} reaches the coordinates ({x:.6g}, {y:.6g}), which lie outside the valid area of its CRS, {crs}. The layer's CRS is probably wrong (for example metres of a projected CRS declared as EPSG:4326; a GeoJSON file without a "crs" member is always read as EPSG:4326). Set the layer's CRS to the one its coordinates are in (Layer Properties &gt; Source) and run again.</source>
            <translation>{what}的坐标范围达到 ({x:.6g}, {y:.6g})，位于其坐标参考系 {crs} 的有效范围之外。该图层的坐标参考系很可能设错了（例如投影坐标系的米被声明为 EPSG:4326；不含 "crs" 成员的 GeoJSON 文件总是按 EPSG:4326 读取）。请把图层的坐标参考系设为其坐标实际所用的坐标系（图层属性 &gt; 源）后重新运行。</translation>
        </message>
    </context>
</TS>