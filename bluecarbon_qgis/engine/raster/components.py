"""Patch sizes of a boolean raster read in row strips: 8-connected components, merged across strip edges.

Each strip is labelled on its own (scipy.ndimage.label with the 3 x 3 structure, so diagonal neighbours
join). A patch that touches a strip's first or last row may go on in the next strip: those labels, and only
those, are joined across each strip edge (a cell and its three neighbours in the adjacent row) with a
union-find, and each joined patch gets its whole size. Memory holds one strip and two label rows per strip,
whatever the raster's size, and a patch crossing any number of strip edges is measured whole.

Use:

    edges = [strip_edges(label_strip(mask_of(s))) for s in strips]   # pass 1 (any order, any process)
    sizes = merge_edges(edges)                                      # here, once
    small = small_patches(label_strip(mask_of(s)), sizes[i], least)  # pass 2: the same labels again
"""
from dataclasses import dataclass

import numpy as np

STRUCTURE_8 = np.ones((3, 3), dtype=bool)


def label_strip(mask):
    """(labels int32, number of patches) of a strip's True cells, 8-connected."""
    from scipy import ndimage

    labels, n = ndimage.label(mask, structure=STRUCTURE_8, output=np.int32)
    return labels, int(n)


@dataclass
class StripEdges:
    """What a strip tells the merge: the labels of its first and last rows, and the sizes of the patches that
    touch them (``labels``, sorted, with their pixel counts in the strip, ``pixels``)."""
    top: np.ndarray
    bottom: np.ndarray
    labels: np.ndarray
    pixels: np.ndarray


def strip_edges(labelled):
    labels, n = labelled
    edge = np.unique(np.concatenate([labels[0], labels[-1]]))
    edge = edge[edge > 0]
    counts = np.bincount(labels.ravel(), minlength=n + 1)
    return StripEdges(top=labels[0].copy(), bottom=labels[-1].copy(), labels=edge, pixels=counts[edge])


class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, i):
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving
            i = parent[i]
        return i

    def union(self, i, j):
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def merge_edges(edges):
    """For each strip (in row order), (edge labels, whole sizes of their patches across all strips)."""
    offsets = np.cumsum([0] + [e.labels.size for e in edges])
    uf = UnionFind(int(offsets[-1]))
    for s in range(len(edges) - 1):
        above, below = edges[s], edges[s + 1]
        width = above.bottom.size
        for shift in (-1, 0, 1):  # the cell below, below-left and below-right
            a = above.bottom[max(0, -shift):width - max(0, shift)]
            b = below.top[max(0, shift):width - max(0, -shift)]
            both = (a > 0) & (b > 0)
            if not both.any():
                continue
            pairs = np.unique(np.stack([a[both], b[both]], axis=1), axis=0)
            ia = offsets[s] + np.searchsorted(above.labels, pairs[:, 0])
            ib = offsets[s + 1] + np.searchsorted(below.labels, pairs[:, 1])
            for i, j in zip(ia.tolist(), ib.tolist()):
                uf.union(i, j)
    roots = np.array([uf.find(i) for i in range(int(offsets[-1]))], dtype=np.int64)
    pixels = np.concatenate([e.pixels for e in edges]) if edges else np.zeros(0, np.int64)
    whole = np.bincount(roots, weights=pixels, minlength=int(offsets[-1])).astype(np.int64) if roots.size \
        else np.zeros(0, np.int64)
    return [(e.labels, whole[roots[offsets[s]:offsets[s + 1]]]) for s, e in enumerate(edges)]


def small_patches(labelled, merged, least):
    """Cells of the strip whose whole patch has fewer than ``least`` cells; ``merged``: the strip's entry of
    ``merge_edges``, for the same labels (the strip labelled again the same way)."""
    labels, n = labelled
    size = np.bincount(labels.ravel(), minlength=n + 1)
    edge_labels, whole = merged
    size[edge_labels] = whole
    small = size < least
    small[0] = False
    return small[labels]
