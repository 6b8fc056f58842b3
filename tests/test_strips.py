"""Strips of rows: every row once, in order, whole rows of output tiles, and the strip's pixels bounded by
the budget whatever the raster's width (down to one row of tiles)."""
import pytest

from bluecarbon_qgis.engine.raster.rasterout import STRIP_PIXELS, TILE_ROWS, strip_rows, strips


@pytest.mark.parametrize("height,width", [(1, 1), (255, 10980), (10980, 10980), (21960, 5490), (1000, 300),
                                          (7, 200000)])
def test_strips_cover_every_row_once_in_whole_tile_rows(height, width):
    parts = strips(height, width)
    rows = [r for r0, n in parts for r in range(r0, r0 + n)]
    assert rows == list(range(height))
    assert all(r0 % TILE_ROWS == 0 for r0, _ in parts)
    # by hand: the budget in whole tile rows, at least one tile row
    want = max(TILE_ROWS, (STRIP_PIXELS // width) // TILE_ROWS * TILE_ROWS)
    assert strip_rows(width) == want
    assert all(n == want for _, n in parts[:-1])


def test_a_strip_holds_no_more_than_the_budget_once_a_tile_row_fits():
    for width in (300, 2745, 5490, 8192):
        assert strip_rows(width) * width <= STRIP_PIXELS
    assert strip_rows(10980) == TILE_ROWS  # wider: one row of tiles
    assert strip_rows(1000) == 2048        # 2,097,152 // 1,000 = 2,097 rows, down to 8 tile rows
