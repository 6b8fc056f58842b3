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
    </context>
</TS>