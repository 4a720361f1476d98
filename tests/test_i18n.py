"""The interface catalogues: complete, current, compiled, and loaded for the right tag."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine

from kiosk.ui.translations import (
    CATALOGUE_SCRIPTS,
    CHOOSE_LANGUAGE,
    I18N_DIR,
    INVITATION,
    TESTIMONY_CONTEXT,
    TESTIMONY_LABELS,
    Translations,
    catalogue_for,
)

ROOT = Path(__file__).resolve().parents[1]
#: The languages the interface must ship in besides English, the source language.
SHIPPED = ("az", "ur", "ar", "ru", "fr", "tr")
#: Qt place markers: %1…%99, %L1 (localised number), %n (plural count).
PLACE_MARKER = re.compile(r"%L?(?:\d{1,2}|n)")
#: Unicode script names (first word of a character's name) each catalogue's letters must use.
SCRIPT_NAMES = {"Latn": "LATIN", "Arab": "ARABIC", "Cyrl": "CYRILLIC"}
#: (language, source) pairs whose translation is rightly the English text itself.
SAME_ON_PURPOSE = frozenset({("fr", "Pause"), ("fr", "Volume"), ("fr", "%1 s")})
#: A label a QML screen takes from a ``strings`` map: ``tr("key", "English")``.
MAP_LABEL = re.compile(r'\btr\(\s*"(\w+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)')


def _load_tool() -> ModuleType:
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_catalogue(ts: Path) -> tuple[str, list[Message]]:
    """The language attribute and every message of a ``.ts`` file."""
    root = ET.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{ts.name}: {name} message without <translation>"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = tuple(forms) if message.get("numerus") == "yes" else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", texts,
                                    translation.get("type", "")))
    return root.get("language", ""), messages


def ts_path(language: str) -> Path:
    return I18N_DIR / f"kiosk_{language}.ts"


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every string marked for translation in the code right now."""
    fresh = tmp_path_factory.mktemp("lupdate") / "kiosk_fr.ts"
    tool.extract([fresh])
    return {(m.context, m.source) for m in read_catalogue(fresh)[1]}


def test_every_shipped_language_has_a_catalogue_and_a_compiled_one() -> None:
    missing = [p.name for lang in SHIPPED for p in (ts_path(lang), ts_path(lang).with_suffix(".qm"))
               if not p.is_file()]
    assert not missing, f"missing in {I18N_DIR}: {missing}"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_is_translated(language: str) -> None:
    declared, messages = read_catalogue(ts_path(language))
    assert declared.split("_")[0] == language, f"kiosk_{language}.ts says language={declared!r}"
    assert messages, f"kiosk_{language}.ts holds no messages"
    problems = [f"{m.where()} is {m.kind or 'empty'}" for m in messages
                if m.kind or not all(t.strip() for t in m.translations)]
    assert not problems, f"kiosk_{language}.ts: " + "; ".join(problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_place_markers_are_kept(language: str) -> None:
    problems = []
    for m in read_catalogue(ts_path(language))[1]:
        wanted = sorted(set(PLACE_MARKER.findall(m.source)))
        for text in m.translations:
            found = sorted(set(PLACE_MARKER.findall(text)))
            if found != wanted:
                problems.append(f"{m.where()} → {text!r} has {found}, wants {wanted}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_are_written_in_the_catalogue_script(language: str) -> None:
    """English left in the Arabic catalogue, or Cyrillic in the Azerbaijani one, is caught."""
    script = SCRIPT_NAMES[CATALOGUE_SCRIPTS[language]]
    problems = []
    for m in read_catalogue(ts_path(language))[1]:
        for text in m.translations:
            letters = {c for c in PLACE_MARKER.sub("", text) if unicodedata.category(c)[0] == "L"}
            foreign = sorted(c for c in letters if not unicodedata.name(c, "").startswith(script))
            if foreign:
                problems.append(f"{m.where()} → {text!r}: {''.join(foreign)}")
    assert not problems, f"not {script} in kiosk_{language}.ts:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", SHIPPED)
def test_no_source_text_is_passed_off_as_a_translation(language: str) -> None:
    """English copied into a Latin-script catalogue ("Back" for "Back") is not a translation."""
    same = [m.where() for m in read_catalogue(ts_path(language))[1]
            if m.source in m.translations and (language, m.source) not in SAME_ON_PURPOSE]
    assert not same, f"kiosk_{language}.ts repeats the English: {same}"


@pytest.mark.parametrize("language", SHIPPED)
def test_catalogue_holds_exactly_the_current_source_strings(
        language: str, current_sources: set[tuple[str, str]]) -> None:
    held = {(m.context, m.source) for m in read_catalogue(ts_path(language))[1]}
    new, gone = sorted(current_sources - held), sorted(held - current_sources)
    assert not new and not gone, (
        f"kiosk_{language}.ts is behind the code: new {new}, gone {gone}. "
        "Run `python tools/update_translations.py` and translate the new strings.")


def test_the_phrases_shown_in_every_language_are_extracted(
        current_sources: set[tuple[str, str]]) -> None:
    assert {("Phrases", INVITATION), ("Phrases", CHOOSE_LANGUAGE)} <= current_sources


def test_the_testimony_screen_labels_are_all_in_the_catalogue() -> None:
    """qml/testimony takes labels as a map (``tr("play", "Play")``), which lupdate cannot see."""
    used = {m.group(1): m.group(2) for path in sorted((ROOT / "kiosk/ui/qml").rglob("*.qml"))
            for m in MAP_LABEL.finditer(path.read_text(encoding="utf-8"))}
    assert used, "no tr(key, fallback) labels found in the QML: has the pattern changed?"
    differ = {k: (v, TESTIMONY_LABELS.get(k)) for k, v in used.items()
              if TESTIMONY_LABELS.get(k) != v}
    assert not differ, ("QML label (key: (its English, TESTIMONY_LABELS' English)) missing or "
                        f"different in kiosk/ui/translations.py: {differ}")


@pytest.mark.parametrize("language", SHIPPED)
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    ts = ts_path(language)
    fresh = tmp_path / f"kiosk_{language}.qm"
    tool.release(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"kiosk_{language}.qm is stale: run `python tools/update_translations.py`")


def test_check_mode_names_exactly_the_stale_files(tmp_path: Path) -> None:
    for ts in tool.catalogues():
        shutil.copy2(ts, tmp_path)
        shutil.copy2(ts.with_suffix(".qm"), tmp_path)
    edited = tmp_path / "kiosk_fr.ts"  # a translation changed, not compiled
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "<translation>Retour</translation>", "<translation>Revenir</translation>"),
        encoding="utf-8")
    behind = tmp_path / "kiosk_ru.ts"  # a string the code uses is missing
    behind.write_text(re.sub(r"<context>\s*<name>TopBar</name>.*?</context>\s*", "",
                             behind.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
    assert tool.stale(tmp_path) == ["kiosk_fr.qm is older than kiosk_fr.ts",
                                    "kiosk_ru.ts does not match the source strings",
                                    "kiosk_ru.qm is older than kiosk_ru.ts"]


# -- loading -------------------------------------------------------------------

@pytest.mark.parametrize(("tag", "name"), [
    ("az-Latn", "kiosk_az.qm"), ("az", "kiosk_az.qm"), ("AZ-latn-AZ", "kiosk_az.qm"),
    ("ur", "kiosk_ur.qm"), ("ur-PK", "kiosk_ur.qm"), ("ar", "kiosk_ar.qm"),
    ("ar-001", "kiosk_ar.qm"), ("ru", "kiosk_ru.qm"), ("fr-CA", "kiosk_fr.qm"),
    ("tr", "kiosk_tr.qm"), ("az_Latn", "kiosk_az.qm"),
    ("en", None), ("en-GB", None), ("az-Cyrl", None), ("az-Arab", None), ("de", None),
    ("", None), ("-", None), ("../etc", None),
])
def test_catalogue_for_tag(tag: str, name: str | None) -> None:
    found = catalogue_for(tag)
    assert (found.name if found else None) == name


def test_a_more_specific_catalogue_wins(tmp_path: Path) -> None:
    for name in ("kiosk_az.qm", "kiosk_az_Cyrl.qm", "kiosk_pt_BR.qm", "kiosk_pt.qm"):
        (tmp_path / name).write_bytes(b"")
    assert catalogue_for("az-Cyrl-AZ", tmp_path) == tmp_path / "kiosk_az_Cyrl.qm"
    assert catalogue_for("az-Latn", tmp_path) == tmp_path / "kiosk_az.qm"
    assert catalogue_for("pt-BR", tmp_path) == tmp_path / "kiosk_pt_BR.qm"
    assert catalogue_for("pt-PT", tmp_path) == tmp_path / "kiosk_pt.qm"


@pytest.fixture
def translations(qapp: QCoreApplication) -> Iterator[Translations]:
    t = Translations()
    yield t
    t.close()


def test_installed_catalogue_answers_translate(translations: Translations) -> None:
    translations.language = "az-Latn"
    assert QCoreApplication.translate("TopBar", "Back") == "Geri"
    translations.language = "ru"
    assert QCoreApplication.translate("TopBar", "Back") == "Назад"
    translations.language = "en"
    assert QCoreApplication.translate("TopBar", "Back") == "Back"
    translations.language = "ur"
    translations.close()
    assert QCoreApplication.translate("TopBar", "Back") == "Back"


def test_qml_bindings_follow_the_language(translations: Translations) -> None:
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    # qsTr()'s context is the QML file's base name, here TopBar as in the real file.
    component.setData(b'import QtQml\nQtObject { property string label: qsTr("Back") }',
                      QUrl.fromLocalFile(str(ROOT / "nowhere" / "TopBar.qml")))
    obj = component.create()
    assert obj is not None, component.errorString()
    translations.attach(engine)
    assert obj.property("label") == "Back"
    translations.language = "fr"
    assert obj.property("label") == "Retour"
    translations.language = "ar"
    assert obj.property("label") == "رجوع"
    translations.language = "de"
    assert obj.property("label") == "Back"
    del obj
    engine.deleteLater()


def test_a_deleted_engine_is_left_alone(translations: Translations) -> None:
    engine = QQmlEngine()
    translations.attach(engine)
    shiboken6.delete(engine)
    translations.language = "tr"  # would crash if it retranslated the dead engine
    assert QCoreApplication.translate("TopBar", "Back") == "Geri"


def test_phrases_in_any_language_leave_the_interface_language_alone(
        translations: Translations) -> None:
    translations.language = "az-Latn"
    assert translations.phrase(INVITATION, "ur") == "شروع کرنے کے لیے اسکرین کو چھوئیں"
    assert translations.phrase(CHOOSE_LANGUAGE, "tr") == "Dilinizi seçin"
    assert translations.phrase(CHOOSE_LANGUAGE, "en") == "Choose your language"
    assert translations.phrase(CHOOSE_LANGUAGE, "xx") == "Choose your language"
    assert QCoreApplication.translate("TopBar", "Back") == "Geri"


def test_labels_for_a_screen_follow_the_language(translations: Translations) -> None:
    translations.language = "fr"
    labels = translations.labels(TESTIMONY_LABELS, TESTIMONY_CONTEXT)
    assert set(labels) == set(TESTIMONY_LABELS)
    assert (labels["play"], labels["volumeUp"]) == ("Écouter", "Plus fort")
    translations.language = "en"
    assert translations.labels(TESTIMONY_LABELS, TESTIMONY_CONTEXT) == TESTIMONY_LABELS


def test_an_unreadable_catalogue_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "kiosk_fr.qm").write_bytes(b"not a catalogue")
    broken = Translations(tmp_path)
    assert broken.phrase(INVITATION, "fr") == INVITATION
