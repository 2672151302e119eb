"""The whitespace cleaner keeps tables aligned with spaces (``pdftotext -layout``) and tightens prose."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from povcorpus import clean_text
from povcorpus.cleaners.whitespace import aligned_rows

LEFT_ALIGNED = (
    "Region          2015     2019     2020\n"
    "Eastern         1.2%     0.3%     0.0%\n"
    "Western         9.8%     3.2%     0.0%\n"
)
RIGHT_ALIGNED = "Total households     12,345     9,876\nRural households     1,234       876\n"


@pytest.mark.parametrize("table", [LEFT_ALIGNED, RIGHT_ALIGNED])
def test_an_aligned_table_keeps_its_columns(table: str) -> None:
    """Left-aligned cells share their start column, right-aligned numbers their end column."""
    text = f"Table 2. Rural poverty by region\n{table}\nThe figures show a steady decline."
    assert clean_text(text).text == text


def test_prose_with_stray_double_spaces_is_still_tightened() -> None:
    """Two prose lines whose double spaces fall in different columns are no table."""
    text = "The report  was released on Friday.\nIt says that  poverty fell in every region.\n"
    assert (
        clean_text(text).text
        == "The report was released on Friday.\nIt says that poverty fell in every region.\n"
    )


def test_a_lone_line_with_gaps_is_no_table() -> None:
    """One line with wide gaps and prose around it: its spaces become one."""
    text = "Intro line.\nRegion          2015     2019\nMore prose follows here."
    assert clean_text(text).text == "Intro line.\nRegion 2015 2019\nMore prose follows here."


def test_trailing_spaces_of_a_table_row_still_go() -> None:
    """Only the gaps between columns stay; spaces at a row's end are removed."""
    text = "Region     2019\nEast       1.2%   \n"
    assert clean_text(text).text == "Region     2019\nEast       1.2%\n"


def test_aligned_rows_names_the_rows() -> None:
    """Row starts are the starts of both lines of an aligned pair; other lines are not rows."""
    text = "Heading\n" + LEFT_ALIGNED + "A  closing line."
    rows = aligned_rows(text)
    starts = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
    assert sorted(rows) == starts[1:4]


CELL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.,%", min_size=1, max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.lists(CELL, min_size=2, max_size=4), min_size=2, max_size=6), width=st.integers(10, 14)
)
@example(rows=[["0", "0"], ["0", ",bb"]], width=10)  # a cell that starts with a comma is no moved comma
def test_any_left_aligned_table_comes_back_unchanged(rows: list[list[str]], width: int) -> None:
    """Cells padded to one width (two spaces or more between cells) stay exactly where they are."""
    columns = min(len(row) for row in rows)
    lines = ["".join(cell.ljust(width) for cell in row[: columns - 1]) + row[columns - 1] for row in rows]
    text = "\n".join(lines) + "\n"
    assert clean_text(text, cleaners=["whitespace"]).text == text
