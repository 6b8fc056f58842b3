<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Applies a model from 'Train habitat classifier' to an image, block by block (memory does not grow with the image), and writes the habitat class map (uint8, nodata 0, styled) and optionally the confidence (the highest class probability, 0–1).

The image must have the band layout the model was trained on (same number of bands and, when recorded, the same band descriptions); the model's own band mapping and reflectance scaling are used, and the product's fill values and valid range recorded in the model make those pixels nodata. The model file is checked before use and a modified or foreign file is refused. An optional mask (raster, non-zero inside, or polygons) limits the classification.</source>
            <translation>将“训练生境分类器”生成的模型逐块应用于影像（内存不随影像增大），输出生境分类图（uint8，无数据值0，带样式），并可输出置信度（最高类型概率，0–1）。

影像的波段布局须与模型训练时相同（波段数相同；若有记录，波段描述也须相同）；使用模型自身记录的波段对应与反射率缩放，模型中记录的产品填充值与有效范围之外的像元作为无数据处理。使用前会校验模型文件，被修改或外来的文件将被拒绝。可选的掩膜（栅格非零处，或面要素）限定分类范围。</translation>
        </message>
        <message>
            <source>the image's declared nodata</source>
            <translation>影像声明的无数据值</translation>
        </message>
        <message>
            <source>Bands and scaling as in training: {how}.</source>
            <translation>波段与缩放同训练时：{how}。</translation>
        </message>
        <message>
            <source>Not data (the product's fill and valid range recorded in the model): {what}; these pixels are nodata in the map.</source>
            <translation>无数据（模型中记录的产品填充值与有效范围）：{what}；这些像元在分类图中为无数据。</translation>
        </message>
        <message>
            <source>DN {values}</source>
            <translation>DN {values}</translation>
        </message>
        <message>
            <source>DN outside {lo:g}–{hi:g}</source>
            <translation>DN 超出 {lo:g}–{hi:g}</translation>
        </message>
    </context>
</TS>