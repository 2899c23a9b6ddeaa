"""`supervision-desk verify VAULT FILE.pdf`: a record's PDF passes only when its signatures are
sound, come from this vault or a paired contact, and its visible text is the agreed record's."""

from __future__ import annotations

import io
import json
import re
import subprocess

import pytest
from reportlab.pdfgen.canvas import Canvas

from supervision_desk.core import identity, interchange, pdf
from supervision_desk.core.pdf import signing
from tests import tools
from tests.conftest import FIXTURES, run_cli


@pytest.fixture
def agreed_vault(make_vault, vault_path):
    """A vault holding the specification's example, whose session s1 both people agreed."""
    vault = make_vault()
    doc = json.loads((FIXTURES / "spec_example_v2.json").read_text(encoding="utf-8"))
    interchange.import_records(vault, interchange.parse(json.dumps(doc)))
    return vault  # each test closes it before the command line opens the file


def _export(vault_path, out, passfile, *extra):
    done = run_cli(
        "export-pdf", vault_path, out, "--session", "s1", "--passphrase-file", passfile, *extra
    )
    assert done.returncode == 0, done.stderr
    return out


def _verify(vault_path, path, passfile, *extra):
    return run_cli("verify", vault_path, path, "--passphrase-file", passfile, *extra)


def _pdfsig(path, *extra) -> list[str]:
    tool = tools.tool("pdfsig", "poppler-utils")
    done = subprocess.run([tool, *extra, str(path)], capture_output=True, text=True)
    return re.findall(r"Signature Validation: (.+)", done.stdout)


@pytest.mark.slow
def test_an_exported_record_is_signed_and_verifies_and_a_changed_byte_fails(
    agreed_vault, vault_path, passfile, tmp_path
):
    agreed_vault.close()
    out = _export(vault_path, tmp_path / "record.pdf", passfile)
    assert _pdfsig(out) == ["Signature is Valid."]
    ok = _verify(vault_path, out, passfile)
    assert ok.returncode == 0, ok.stderr
    assert "matches the agreed record (version 2, signed by Alex Morgan)" in ok.stdout

    data = out.read_bytes()
    at = data.index(b"stream", data.index(b"/Contents")) + 12
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])
    assert _pdfsig(changed) and "Signature is Valid." not in _pdfsig(changed)
    refused = _verify(vault_path, changed, passfile)
    assert refused.returncode == 9
    assert "changed after Alex Morgan signed it" in refused.stdout


def _forged(keywords: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setKeywords(keywords)
    canvas.drawString(72, 720, "Sam agreed that nothing needs to change on YP-021.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.slow
def test_a_pdf_with_the_genuine_keywords_but_other_words_never_passes(
    agreed_vault, vault_path, passfile, tmp_path
):
    from pypdf import PdfReader

    own = identity.load(agreed_vault)
    old = pdf.session_record(agreed_vault, "s1")  # the record's text, as made before signing
    agreed_vault.close()
    genuine = _export(vault_path, tmp_path / "record.pdf", passfile)
    keywords = PdfReader(genuine).metadata["/Keywords"]
    assert keywords.startswith("supervision-desk-record session=s1 version=2 sha256=")

    forged = tmp_path / "forged.pdf"
    forged.write_bytes(_forged(keywords))
    refused = _verify(vault_path, forged, passfile)
    assert refused.returncode == 9 and "no digital signature" in refused.stdout

    # Even signed with this vault's own key, other words are not the agreed record.
    forged.write_bytes(signing.sign(_forged(keywords), own, name="Alex Morgan", reason=""))
    refused = _verify(vault_path, forged, passfile)
    assert refused.returncode == 9
    assert "visible text is not the text of version 2" in refused.stdout

    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(old)
    refused = _verify(vault_path, unsigned, passfile)
    assert refused.returncode == 9
    assert "no digital signature" in refused.stdout and "Export the record again" in refused.stdout

    stranger = identity.new_identity("Alex Morgan")  # the same name, another key
    signed_elsewhere = tmp_path / "elsewhere.pdf"
    signed_elsewhere.write_bytes(signing.sign(old, stranger, name="Alex Morgan", reason=""))
    refused = _verify(vault_path, signed_elsewhere, passfile)
    assert refused.returncode == 9
    assert "neither this vault's nor a paired contact's" in refused.stdout


@pytest.mark.slow
def test_an_encrypted_record_is_signed_and_verifies_with_its_password(
    agreed_vault, vault_path, passfile, tmp_path
):
    agreed_vault.close()
    secret = tmp_path / "pdfpw.txt"
    secret.write_text("lantern kettle 9\n", encoding="utf-8")
    secret.chmod(0o600)
    out = _export(vault_path, tmp_path / "locked.pdf", passfile, "--pdf-passphrase-file", secret)
    assert b"Joint visit" not in out.read_bytes()
    assert _pdfsig(out, "-upw", "lantern kettle 9") == ["Signature is Valid."]
    ok = _verify(vault_path, out, passfile, "--pdf-passphrase-file", secret)
    assert ok.returncode == 0, ok.stderr
    assert "matches the agreed record" in ok.stdout
    missing = _verify(vault_path, out, passfile)
    assert missing.returncode == 2 and "--pdf-passphrase-file" in missing.stderr
