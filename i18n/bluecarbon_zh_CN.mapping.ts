<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Presets know each product's band order, scaling, fill and saturation values, and find bands by their descriptions (B4, SR_B5, …); without descriptions they need the full product's band order. Custom uses the band numbers, scale and offset below. The log says which bands, offset and scaling were used and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sentinel-2 L2A products from processing baseline 04.00 (January 2022) and the 2015–2021 Collection-1 reprocessing carry an offset of −1000. Automatic reads BOA_ADD_OFFSET (band metadata, GDAL offset, MTD_MSIL2A.xml, a STAC item beside the file, the product name); without them it decides from the darkest SWIR values (water sits near 1000 DN with the offset, near 0 without) or refuses. A setting the data contradict is warned about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The floating algae index with B8A matches Hu 2009's 859 nm band and B11's 20 m grid; the image must hold a band described as B8A (or the full L2A band order).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's own GDAL scale and offset (1 and 0 when it has none); values whose median is not a reflectance are refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflectance = DN × scale + offset, used with the Custom sensor. Empty: the file's GDAL offset (or 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIR band of FAI (Sentinel-2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic: metadata, else decided from the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIR (B8, 833 nm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Narrow NIR (B8A, 865 nm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} covers {pct:.1f}% of the image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} covers no pixel of the image: check its coordinate reference system ({crs}; the image is in {image_crs}) and that it lies over the image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MNDWI &gt; {v:g} (Xu 2006)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every other valid pixel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lyzenga depth-invariant index from {n} sand pixels (attenuation ratio {k:.3f} by {method}); bottom darker than the sand by more than {sd:g} sd, optically shallow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, over water at least {d:g} m deep on the bathymetry, NDVI &gt; 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, over water at least {d:g} m deep on the bathymetry, NDVI ≤ 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI &gt; 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAI &gt; {fai:g} (Hu 2009), at least {buf} pixels from land, NDVI ≤ 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM, inside the intertidal mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no intertidal mask and no DEM: the intertidal zone is unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the DEM has no value on {pct:.0f}% of the image's land pixels (a bathymetry whose land is nodata is no evidence of intertidal land); give an intertidal mask or a DEM that covers the land</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the DEM ranges from {lo:.1f} to {hi:.1f} m: it does not reach both below 0 and above the maximum elevation of intertidal habitats ({max:g} m), so it cannot bound the intertidal zone; give an intertidal mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unvegetated, not water, at or below {max:g} m on a DEM covering {pct:.0f}% of the land</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vegetation that is not mangrove, at or below {max:g} m on a DEM covering {pct:.0f}% of the land</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>green reflectance below {g:g} where the bathymetry is 0 to {d:g} m deep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no sand polygons and no bathymetry: seagrass cannot be told from deep water</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), not above {max:g} m on the DEM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only {n} sand pixels have a depth on the bathymetry (over {rng:.1f} m): too few or too narrow a range for the regression on depth; the attenuation ratio is taken from the sand's variance instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unvegetated, not water, inside the intertidal mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vegetation that is not mangrove, inside the intertidal mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020), inside the intertidal mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NDVI &gt; {ndvi:g} and MVI ≥ {mvi:g} (Baloloy et al. 2020)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attenuation ratio kB/kG = {k:.3f} is close to 1: the depth-invariant index barely changes with the bottom's brightness, so seagrass darker than the sand is hard to see. Draw the sand polygons over one bright bottom at varying depth, and give bathymetry to estimate the ratio from depth.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sand's radiance does not fall with depth (slopes {sb:.3f} and {sg:.3f} per m for blue and green): the attenuation ratio is taken from the sand's variance instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The attenuation ratio kB/kG = {k:.3f} is above 1 (blue attenuated more than green, as in turbid or CDOM-rich water): a darker bottom raises the depth-invariant index, so seagrass is mapped where the index is above the sand's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image has no valid pixel in the bands used (all are nodata, fill or saturated).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g} the median value is {median:.4g}: these are not reflectances (0–1). Set the scale (for example 0.0001 for DN/10000) or choose the image's sensor preset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g}, {pct:.0f}% of the {role} band is negative: this scaling does not fit the image. Choose the image's sensor preset (or the right Sentinel-2 processing baseline), or set the scale and offset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bands found by their descriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>processing baseline {value} in the product name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{pct:.0f}% of the {role} band's values lie outside the valid range {lo}–{hi} DN of {sensor}: this image is not that product (with its scaling, reflectance would be negative). Choose the image's sensor preset, or Custom with its scale and offset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {sensor} preset expects the product's band order ({full} bands: {order}) or band descriptions naming the bands. This raster has {count} band(s); its descriptions name {found}, not {missing}. Name the bands in their descriptions (for example 'B4'), stack the full product, or use the Custom sensor with band numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scale is {scale}: every pixel would get the same reflectance and every index would be nodata. Give the scale that turns DN into reflectance (for example 0.0001).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The scale is negative ({scale}); reflectance = DN × scale + offset needs a positive scale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sentinel-2 offset {add:g} DN: reflectance = (DN {sign} {abs:g}) / 10000 ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GDAL band offset {value} (scale 0.0001)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>processing baseline {value} in the metadata</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With reflectance = DN × {scale:g} {offset:+g}, {pct:.1f}% of the {role} band is negative reflectance: check the sensor preset and the Sentinel-2 processing baseline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The band descriptions of this {count}-band raster put {roles} elsewhere than the {sensor} band order ({order}): the bands were reordered. Use the Custom sensor with band numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the product's standard band order ({order})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAI was asked to use the narrow NIR band (B8A), but no band of this raster is described as B8A. Use the NIR band for FAI, or add B8A to the stack.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The raster {path} has {count} band(s), but the {role} band is set to {band}. Check the band numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bands used declare different GDAL scales/offsets ({pairs}); set SCALE and OFFSET.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom bands {bands}; reflectance = DN × {scale:g} {offset:+g}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bands {bands}: {how}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not data: declared nodata and DN {fill}{range} ({sensor}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set by the processing baseline parameter (04.00 or later)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>band metadata BOA_ADD_OFFSET = {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BOA_ADD_OFFSET {value} in MTD_MSIL2A.xml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>processing baseline {value} in MTD_MSIL2A.xml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAI uses the {sensor} NIR band (its only NIR band).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set by the processing baseline parameter (before 04.00)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Sentinel-2 offset cannot be decided: the file carries no BOA_ADD_OFFSET or processing baseline, and its SWIR bands have no dark water to tell (darkest 1% at {floor:.0f} DN). Set the Sentinel-2 processing baseline (S2_BASELINE=1 before 04.00, S2_BASELINE=2 for 04.00 or later, including the 2015–2021 Collection-1 reprocessing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data contradict the Sentinel-2 offset in use (none): no SWIR value is far below 1000 DN and the darkest 1% sit at {floor:.0f} DN, the mark of the −1000 offset of processing baseline 04.00 or later; reflectance would be about 0.1 too high. Check S2_BASELINE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data contradict the Sentinel-2 offset in use (−1000): {share:.1f}% of the SWIR values are below 500 DN and would be negative reflectance; the image looks like processing baseline before 04.00. Check S2_BASELINE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STAC raster:bands offset in {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale {scale:g} and offset {offset:g} taken from the file's GDAL band metadata.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no offset metadata; decided from the data: {share:.1f}% of the SWIR values are below 500 DN, which the −1000 offset would make clearly negative reflectance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no offset metadata; decided from the data: no SWIR value is far below 1000 DN and the darkest 1% sit at {floor:.0f} DN, the zero of the −1000 offset (processing baseline 04.00 or later)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Floating matter: distance from land (pixels)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Floating seaweed or mariculture only this many pixels or more from land: shore pixels mix land and water (and the 20 m SWIR band mixes more), which raises FAI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Floating matter: minimum water depth (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With bathymetry: floating matter only over water at least this deep, since a bottom seen through a few decimetres of water raises the NIR and FAI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DEM has a value on {pct:.1f}% of the image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class {code} ({name}) was not mapped: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Class {code} ({name}): {evidence}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DEM {path} has no coordinate reference system, so it cannot be placed on the image. Assign its CRS (Raster &gt; Projections &gt; Assign Projection) and run again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DEM {path} does not overlap the image: check its coordinate reference system ({crs}; the image is in {image_crs}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depth-invariant index: attenuation ratio kB/kG = {k:.3f}, from the regression of ln(L − L∞) on depth over {n} sand pixels {lo:.1f}–{hi:.1f} m deep; deep water B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depth-invariant index: attenuation ratio kB/kG = {k:.3f}, from the variance of {n} sand pixels (no depth given); deep water B∞ = {b:.4f}, G∞ = {g:.4f}; sand DII {m:.3f} ± {s:.3f}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sand polygons cover no pixel of the image: check their coordinate reference system ({crs}; the image is in {image_crs}).</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
</TS>