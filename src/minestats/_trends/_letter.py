"""The 2024 letter against the record over time: which series metric each of its figures is.

The letter is undated: it cites a draft of 14 November 2024 and was issued
in 2024, so its undated figures are placed in :data:`LETTER_DATES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._series import Series
from ._compare import compare

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .._models import Document

__all__ = ["LETTER_DATES", "LETTER_METRICS", "compare_letter"]

#: Figures of the 2024 letter and the series metric each is compared with.
LETTER_METRICS: dict[str, str] = {
    "cleared_area": "cleared_area",
    "mines_neutralized": "mines_neutralized",
    "devices_neutralized": "uxo_neutralized",
    "post_conflict_victims": "casualties",
    "post_conflict_killed": "killed",
    "post_conflict_injured": "injured",
    "mine_victims": "victims_since_1991",
    "mine_victims_children": "victims_since_1991_children",
    "mine_victims_women": "victims_since_1991_women",
}

#: The letter is undated; it cites a draft of 14 November 2024 and was issued in 2024.
LETTER_DATES = "2024-11-14/2024-12-31"


def compare_letter(
    series: Series | None = None,
    document: Document | None = None,
    *,
    as_of: str = LETTER_DATES,
    window_days: int = 183,
) -> pd.DataFrame:
    """The letter's figures against the series, one :func:`compare` table per figure.

    A figure the letter dates (``as_of``) is placed there; the others at
    ``as_of``, by default the letter's own dates: after the 14 November 2024
    draft it cites, within 2024. The letter's mines are compared with
    anti-personnel plus anti-tank mines, its other devices with UXO.

    Examples
    --------
    >>> import minestats
    >>> table = minestats.compare_letter()
    >>> sorted(set(table.loc[table.figure == "post_conflict_victims", "status"]))
    ['consistent', 'reference']
    """
    import pandas as pd

    from .._io import letter

    doc = document if document is not None else letter()
    frames = []
    for figure_id, metric in LETTER_METRICS.items():
        figure = doc.figure(figure_id)
        if figure.value is None:
            continue
        frame = compare(
            series,
            metric,
            near=figure.as_of or as_of,
            window_days=window_days,
            reference=figure,
            reference_as_of=figure.as_of or as_of,
            reference_label=f"{doc.symbol or doc.id} ({figure.id})",
        )
        frames.append(frame.assign(figure=figure_id, metric=metric))
    table = pd.concat(frames)
    table["figure"] = table["figure"].astype("string")
    table["metric"] = table["metric"].astype("string")
    return table
