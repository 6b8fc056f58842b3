<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22" styleCategories="Symbology">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="1" color="#1f4e9c" label="1 open water" alpha="255"/>
        <paletteEntry value="2" color="#c8b68a" label="2 tidal flat" alpha="255"/>
        <paletteEntry value="3" color="#1b7a3a" label="3 mangrove" alpha="255"/>
        <paletteEntry value="4" color="#9acd32" label="4 salt marsh" alpha="255"/>
        <paletteEntry value="5" color="#2bb3a3" label="5 seagrass" alpha="255"/>
        <paletteEntry value="6" color="#8b5a2b" label="6 seaweed/macroalgae" alpha="255"/>
        <paletteEntry value="7" color="#e0457b" label="7 floating mariculture" alpha="255"/>
        <paletteEntry value="8" color="#f0a23b" label="8 aquaculture ponds" alpha="255"/>
        <paletteEntry value="9" color="#bdbdbd" label="9 other land" alpha="255"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" colorizeOn="0" grayscaleMode="0"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
