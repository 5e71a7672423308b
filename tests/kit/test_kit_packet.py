"""The Gansu topology, writing safely (nothing half-written), and the `kit` command."""

from __future__ import annotations

import errno
import os
import xml.etree.ElementTree as ET

import pytest

from wizard.core.application.documents import load_application
from wizard.core.commandline.cli import main
from wizard.core.kit import packet
from wizard.core.kit.packet import MANIFEST, verify_manifest
from wizard.core.runtime.errors import InputError

from .conftest import AS_OF, EXAMPLES


def svg_text(path) -> str:
    root = ET.parse(path).getroot()
    return "\n".join("".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text"))


def test_the_topology_lists_every_server_and_domain(make_kit):
    application = load_application(EXAMPLES / "gansu.yaml")
    domains = [*application.domains, application.domains[0].model_copy(update={"name": "longyuan-shop.cn",
                                                                             "icp_filing_number": "陇ICP备2024012345号-2"})]
    servers = [*application.servers, application.servers[0].model_copy(update={
        "provider": "西北云计算有限公司", "city": "天水市", "data_centre": "天水数据中心三号机房"})]
    changed = application.model_copy(update={"domains": domains, "servers": servers})
    result = make_kit("gansu.yaml", application=changed)
    (document,) = [d for d in result.documents if d.title == "网站拓扑图"]
    svg, png = (result.folder / name for name in document.extra_files)
    assert svg.suffix == ".svg" and png.suffix == ".png" and png.stat().st_size > 10_000
    text = svg_text(svg)
    for domain in ("longyuanyouxuan.com", "longyuan-shop.cn"):
        assert domain in text
    for server in ("陇云数据服务有限公司", "兰州新区云计算数据中心", "西北云计算有限公司", "天水数据中心三号机房"):
        assert server in text
    assert "【待补充：数据库类型与部署位置】" in text  # not recorded in the application: never invented
    import docx

    assert docx.Document(str(result.folder / document.file)).inline_shapes  # the PNG sits in the DOCX page


def test_a_full_disk_leaves_nothing_half_written(make_kit, tmp_path, monkeypatch):
    target = tmp_path / "kit"
    earlier = make_kit("henan.yaml", target=target)
    before = {name: (target / name).read_bytes() for name in earlier.files}
    calls = []
    from wizard.core.kit import docx_writer

    real = docx_writer.write_docx

    def failing(path, **kwargs):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real(path, **kwargs)

    monkeypatch.setattr(docx_writer, "write_docx", failing)
    with pytest.raises(OSError) as caught:
        make_kit("henan.yaml", target=target)
    assert caught.value.errno == errno.ENOSPC
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit"]  # no staging folder left behind
    assert {name: (target / name).read_bytes() for name in earlier.files} == before  # the earlier kit is intact
    assert verify_manifest(target) == []


def test_a_new_kit_replaces_an_earlier_one_but_never_a_foreign_folder(make_kit, tmp_path):
    target = tmp_path / "kit"
    make_kit("henan.yaml", target=target)
    (target / "stale.docx").write_text("old")
    result = make_kit("henan.yaml", target=target)
    assert not (target / "stale.docx").exists() and verify_manifest(result.folder) == []
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "contract.pdf").write_text("mine")
    with pytest.raises(InputError) as caught:
        make_kit("henan.yaml", target=foreign)
    assert caught.value.code == "kit.target_not_empty"
    assert (foreign / "contract.pdf").read_text() == "mine" and not (foreign / MANIFEST).exists()


def test_a_read_only_parent_is_an_os_error_and_leaves_nothing(make_kit, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(tmp_path))

    monkeypatch.setattr(packet.tempfile, "mkdtemp", refuse)
    with pytest.raises(OSError):
        make_kit("henan.yaml", target=tmp_path / "kit")
    assert not (tmp_path / "kit").exists()


def test_the_kit_command_writes_a_kit_and_an_english_summary(tmp_path, capsys):
    out = tmp_path / "henan-kit"
    code = main(["kit", str(EXAMPLES / "demo" / "henan-with-gaps.yaml"), "--out", str(out), "--zip",
                 "--lang", "en", "--as-of", AS_OF.isoformat()])
    printed = capsys.readouterr().out
    assert code == 0
    assert verify_manifest(out) == [] and (tmp_path / "henan-kit.zip").is_file()
    assert "documents drafted" in printed and "Placeholders left" in printed
    assert "06-1-网络与信息安全管理制度.docx" in printed and "--reveal-personal" in printed
    assert "已起草" not in printed  # the summary speaks one language
    assert "(1 placeholder)" in printed and "(4 placeholders)" in printed and "(s)" not in printed


def test_the_kit_command_makes_one_kit_per_applicant_for_a_folder(tmp_path, capsys):
    code = main(["kit", str(EXAMPLES), "--out", str(tmp_path / "kits"), "--as-of", AS_OF.isoformat()])
    assert code == 0
    made = sorted(p.name for p in (tmp_path / "kits").iterdir())
    assert made == ["beijing", "gansu", "henan", "henan-with-gaps", "shanghai", "shanxi"]
    assert all(verify_manifest(tmp_path / "kits" / name) == [] for name in made)


def test_the_kit_command_refuses_a_folder_that_is_not_a_kit(tmp_path, capsys):
    (tmp_path / "mine.txt").write_text("x")
    code = main(["kit", str(EXAMPLES / "henan.yaml"), "--out", str(tmp_path), "--as-of", AS_OF.isoformat()])
    from wizard.core.messages import message

    assert code == 2 and message("kit.target_not_empty", "zh") in capsys.readouterr().err


def test_a_kit_made_again_from_the_same_answers_is_the_same_bytes(make_kit, tmp_path):
    """So SHA256SUMS.txt tells which drafts changed: python-docx and openpyxl would date every file
    with the time of saving (zip entries have a two-second resolution, hence the pause)."""
    import time
    import zipfile

    first = make_kit("henan.yaml", target=tmp_path / "a" / "kit", make_zip=True)
    time.sleep(2.1)
    second = make_kit("henan.yaml", target=tmp_path / "b" / "kit", make_zip=True)
    assert first.files == second.files and any(name.endswith(".xlsx") for name in first.files)
    for name in first.files:
        assert (first.folder / name).read_bytes() == (second.folder / name).read_bytes(), name
    assert first.zip_path.read_bytes() == second.zip_path.read_bytes()
    with zipfile.ZipFile(first.zip_path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(*AS_OF.timetuple()[:3], 9, 0, 0)}


def test_the_staff_list_keeps_a_masked_name_and_an_id_number_on_one_line(make_kit):
    """The name column was shared out by text length alone: about 1 cm, so '李**' wrapped after 李 and the
    ID number after its 16th character. Each column now first gets what it must keep on one line."""
    import docx
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wizard.core.export.fonts import register_cjk_font

    result = make_kit("gansu.yaml")
    (document,) = [d for d in result.documents if d.title == "从业人员名单"]
    (table,) = docx.Document(str(result.folder / document.file)).tables
    header = [cell.text for cell in table.rows[0].cells]
    font, word_cell_margins_cm = register_cjk_font(), 0.38

    def one_line_cm(text: str) -> float:  # measured in a CJK font at the table's 10.5 pt
        return stringWidth(text, font, 10.5) / 72 * 2.54 + word_cell_margins_cm

    for column in ("序号", "姓名", "身份证号"):
        index = header.index(column)
        width_cm = table.columns[index].width.cm
        for row in table.rows:
            text = row.cells[index].text
            assert width_cm >= one_line_cm(text), (column, text, width_cm)
    assert "李**" in [row.cells[header.index("姓名")].text for row in table.rows]
