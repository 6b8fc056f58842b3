<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>a vector layer</source>
            <translation>矢量图层</translation>
        </message>
        <message>
            <source>{output}: {path} is a folder. Give a file name.</source>
            <translation>{output}：{path} 是一个文件夹。请给出文件名。</translation>
        </message>
        <message>
            <source>{output}: {path} exists and is read-only; it cannot be overwritten. Choose another file name.</source>
            <translation>{output}：{path} 已存在且为只读，不能覆盖。请选择其他文件名。</translation>
        </message>
        <message>
            <source>Could not read or write {path}: {reason}. Check that the file and its folder exist and that you may write there.</source>
            <translation>无法读取或写入 {path}：{reason}。请检查该文件及其所在文件夹是否存在，以及您是否有写入权限。</translation>
        </message>
        <message>
            <source>{input}: the file {path} does not exist.</source>
            <translation>{input}：文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>{input}: {path} exists but is not {what} that GDAL/OGR can read. Check that it is a GeoTIFF, GeoPackage or another supported format and not a renamed or damaged file.</source>
            <translation>{input}：{path} 存在，但不是 GDAL/OGR 能读取的{what}。请检查它是否为 GeoTIFF、GeoPackage 或其他受支持的格式，而不是被改了扩展名或已损坏的文件。</translation>
        </message>
        <message>
            <source>{first} and {second} both write {path}. Give each output its own file name.</source>
            <translation>{first}和{second}都写入 {path}。请为每个输出指定各自的文件名。</translation>
        </message>
        <message>
            <source>{what} has coordinates outside the valid area of its CRS ({crs}), so they cannot be transformed. Most likely the layer's CRS is wrong, for example coordinates in metres in a file read as WGS 84 degrees (a GeoJSON file without a "crs" member). Set the layer's correct CRS and run again.</source>
            <translation>{what}的坐标超出其坐标参考系（{crs}）的有效范围，无法转换。最可能的原因是该图层的坐标参考系有误，例如以米为单位的坐标被当作 WGS 84 经纬度读取（没有“crs”成员的 GeoJSON 文件）。请为图层设置正确的坐标参考系后重新运行。</translation>
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
            <source>A model file written by 'Train habitat classifier' (usually .bcmodel; any file name is accepted, the content is checked).</source>
            <translation>由“训练生境分类器”写出的模型文件（通常为 .bcmodel；接受任何文件名，会检查文件内容）。</translation>
        </message>
        <message>
            <source>Blue Carbon model (*.bcmodel);;All files (*)</source>
            <translation>蓝碳模型 (*.bcmodel);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The classifier library warns: {message}</source>
            <translation>分类器程序库警告：{message}</translation>
        </message>
        <message>
            <source>Output {name} cannot be written: the folder {folder} is read-only. Choose another folder; nothing was written.</source>
            <translation>无法写出输出 {name}：文件夹 {folder} 为只读。请选择其他文件夹；未写出任何文件。</translation>
        </message>
        <message>
            <source>Output {name} would overwrite the input {input}. The file {path} would be overwritten, so nothing was run: choose another output file name.</source>
            <translation>输出 {name} 会覆盖输入{input}。文件 {path} 将被覆盖，因此未运行任何计算：请选择其他输出文件名。</translation>
        </message>
    </context>
</TS>