"""Language identification: English told apart reliably; short text left undecided."""

from __future__ import annotations

import pytest

from newscli.extract.language import detect_language, language_name

SAMPLES = {
    "en": "The city council said on Monday that the new bridge would be finished before the end of the year, "
    "and that the cost had not changed since the plans were first shown to residents.",
    "de": "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke noch vor dem Ende des Jahres fertig "
    "sein soll, und die Kosten haben sich seit der ersten Vorstellung der Pläne nicht verändert.",
    "fr": "Le conseil municipal a déclaré lundi que le nouveau pont serait terminé avant la fin de l'année et "
    "que le coût n'avait pas changé depuis la première présentation des plans aux habitants.",
    "es": "El consejo municipal dijo el lunes que el nuevo puente estará terminado antes del final del año y "
    "que el costo no ha cambiado desde que los planes se presentaron por primera vez a los vecinos.",
    "pt": "A câmara municipal disse na segunda-feira que a nova ponte estará pronta antes do fim do ano e que "
    "o custo não mudou desde que os planos foram apresentados pela primeira vez aos moradores.",
    "ru": "Городской совет в понедельник заявил, что новый мост будет построен до конца года, а его "
    "стоимость не изменилась с момента первой презентации планов жителям.",
    "zh": "市议会星期一表示，新桥将在年底前完工，自从计划首次向居民展示以来，造价没有变化。" * 2,
    "ja": "市議会は月曜日、新しい橋は年末までに完成し、計画が最初に住民に示されて以来、費用は変わっていないと述べた。",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_common_languages_are_named(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Hello.", "75ml", "You weight 200lbs.", "12,000 km"])
def test_too_little_text_is_undecided(text: str) -> None:
    assert detect_language(text) is None


def test_lower_cased_newswire_english_is_english() -> None:
    text = "finnish conglomerate nokia said it reached an agreement to buy a dutch cable company for 420 million ."
    assert detect_language(text) in ("en", None)


def test_names() -> None:
    assert language_name("de") == "German"
    assert language_name(None) == "an unknown language"


def test_english_with_foreign_looking_function_words_is_not_turned_away() -> None:
    # "a", "o" and "e" are Portuguese function words too; an English text full of them stays analysable.
    text = "A 10 a day fee and a 5 o clock slot in a room de luxe e a bar for a week in a row"
    assert detect_language(text) in ("en", None)
