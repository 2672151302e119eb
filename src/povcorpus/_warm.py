"""Build the pipeline's lazy state once in the main process, before worker processes fork.

Much of what the steps need is built on first use, not at import: the gambling
detector's pattern windows, the regular expressions of rarely met rules, a
language's word-frequency list. A worker process started by ``fork`` inherits
whatever its parent has built, but builds the rest itself; with two workers that
is done twice, and again at every run of a long-lived process, about a second
of CPU each time. Running the pipeline once on a short damaged text in several
scripts, in the parent, builds most of it where every worker inherits it.
"""

from __future__ import annotations

import io

from povcorpus.loaders import load_file
from povcorpus.pipeline import PipelineOptions, process

__all__ = ["WARM_UP_TEXT", "warm_up"]

WARM_UP_TEXT = """Homepage >> Recommended news
Release time: 2021-04-06 10:12 Source: Xinhua Editor: Li Ming
The rural pro-
grams reached villages、households and China”s farmers。Sky bet online sports betting APP download \
the nation' s income grew,and schools opened,10 more clinics.
农村学校的营养餐计划覆盖了更多学生，澳门新葡京娱乐官网注册送彩金，贫困家庭的收入明显提高。
برنامهریزیهای دولت برای کاهش فقر ادامه دارد و کازینو آنلاین بت فوروارد ثبت نام کنید.
La povertà e diminuita perchè i programmi dell’Ã©conomie rurale funzionano scommesse online bonus.
Программа поддержки сельских семей казино вулкан играть онлайн на деньги продолжается.
"""
"""Lines that reach the lazily built parts: chrome, Latin, Han, Arabic-script and Cyrillic spam,
machine-translation punctuation, hyphenation, mojibake. What they are cleaned into does not matter."""


def warm_up(options: PipelineOptions) -> None:
    """Run the pipeline with ``options`` on :data:`WARM_UP_TEXT` and drop the result.

    Never raises: a step that fails here fails on the real documents too, where the
    run reports it per document.
    """
    try:
        for doc in load_file(io.StringIO(WARM_UP_TEXT), format="text"):
            process(doc, options)
    except Exception:  # a failure here is reported, per document, by the run itself
        return
