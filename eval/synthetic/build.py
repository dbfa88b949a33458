"""Build the synthetic probes of report families not in ../shared (their PDFs are made here, not kept in the
repository): python eval/synthetic/build.py OUT [newfam|newfam2 ...]

Writes OUT/newfam/... and OUT/newfam2/... with the folder layout the question sets' ``sources`` use, then
ingest one with ``inspectchat ingest OUT/newfam --index DIR``. Needs reportlab (a dev dependency)."""

from __future__ import annotations

import os
import runpy
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = {
    "newfam": ["peel.py", "ncpi.py", "cqc.py", "hmip.py"],
    "newfam2": [
        "doc_a_childrens_home.py",
        "doc_b_yoi.py",
        "doc_c_jtai.py",
        "doc_d_fire.py",
        "doc_e_estyn.py",
    ],
    "newfam3": [
        "doc_a_care_inspectorate.py",
        "doc_b_cqc_la.py",
        "doc_c_hmip_yjs.py",
        "doc_d_focused_visit.py",
    ],
    "newfam4": [
        "doc_a_ciw_pei.py",
        "doc_b_police_custody.py",
        "doc_c_hmi_probation_pdu.py",
        "doc_d_monitoring_visit.py",
    ],
    "newfam5": [
        "doc_a_rqia_childrens_home.py",
        "doc_b_hmics_division.py",
        "doc_c_ofsted_fe_college.py",
        "doc_d_hmip_irc.py",
    ],
    "newfam6": [
        "doc_a_ofsted_ifa.py",
        "doc_b_cqc_care_home.py",
        "doc_c_hmcpsi_area.py",
        "doc_d_education_scotland.py",
    ],
    "newfam7": [
        "doc_a_ofsted_early_years.py",
        "doc_b_cqc_gp_practice.py",
        "doc_c_hiw_hospital.py",
        "doc_d_isi_school.py",
    ],
    "newfam8": [
        "doc_a_ofsted_school.py",
        "doc_b_cqc_maternity.py",
        "doc_c_hmip_prison.py",
        "doc_d_hmicfrs_stalking.py",
    ],
    "newfam9": [
        "doc_a_ofsted_residential_special_school.py",
        "doc_b_cqc_ambulance_trust.py",
        "doc_c_hmi_probation_approved_premises.py",
        "doc_d_his_independent_hospice.py",
    ],
    "newfam10": [
        "doc_a_ofsted_supported_accommodation.py",
        "doc_b_cqc_camhs_hospital.py",
        "doc_c_icibi_border_force.py",
        "doc_d_ofsted_ite_partnership.py",
    ],
    "newfam11": [
        "doc_a_ofsted_school_report_card.py",
        "doc_b_cjini_domestic_abuse.py",
        "doc_c_estyn_lges.py",
        "doc_d_council_action_plan.py",
    ],
    "newfam12": [
        "doc_a_ofsted_secure_childrens_home.py",
        "doc_b_hmips_prison.py",
        "doc_c_rsh_judgement.py",
        "doc_d_lga_peer_challenge.py",
    ],
    "newfam13": [
        "doc_a_imb_annual_report.py",
        "doc_b_hssib_virtual_wards.py",
        "doc_c_cspr_baby_rory.py",
        "doc_d_ciw_care_home.py",
    ],
    "newfam14": [
        "doc_a_lgsco_public_interest_report.py",
        "doc_b_iopc_death_in_custody.py",
        "doc_c_eti_primary_school.py",
        "doc_d_dhr_maya.py",
    ],
    "newfam15": [
        "doc_a_pfd_amber.py",
        "doc_b_sar_frank.py",
        "doc_c_his_safe_delivery.py",
        "doc_d_ofsted_vaa.py",
    ],
    "newfam16": [
        "doc_a_cqc_clas.py",
        "doc_b_ofsted_childrens_centre_group.py",
        "doc_c_nao_placements.py",
        "doc_d_joint_cce_inspection.py",
    ],
}
# documents written by hand rather than generated (a force's and a council's HTML statements, news stories)
KEPT = {
    "newfam": HERE / "newfam",
    "newfam3": HERE / "newfam3",
    "newfam4": HERE / "newfam4",
    "newfam5": HERE / "newfam5",  # a local paper's story on the newfam5 college report
    # a council's statement on the care home report, a paper's story on the CPS report
    "newfam6": HERE / "newfam6",
    # a health board's statement on the HIW hospital report, a paper's story on the CQC GP practice report
    "newfam7": HERE / "newfam7",
    # a trust's statement on the CQC maternity report, a paper's story on the HMIP prison report
    "newfam8": HERE / "newfam8",
    # an ambulance trust's statement on the CQC report, a paper's story on the HMI Probation approved premises report
    "newfam9": HERE / "newfam9",
    # the Home Office's response to the ICIBI Border Force report, a paper's story on the CQC CAMHS hospital report
    "newfam10": HERE / "newfam10",
    # a broadcaster's story on the CJINI domestic abuse report
    "newfam11": HERE / "newfam11",
    # a local paper's story on the RSH regulatory judgement on Brackenmoor Homes
    "newfam12": HERE / "newfam12",
    # the Wyndlow Safeguarding Children Partnership's statement on the Baby Rory practice review
    "newfam13": HERE / "newfam13",
    # Ravensmoor council's statement on the Ombudsman report, a paper's story on the IOPC death in custody report
    "newfam14": HERE / "newfam14",
    # Fellside trust's statement on the coroner's PFD report, a paper's story on the Brindlecombe SAR
    "newfam15": HERE / "newfam15",
    # Ashendene council's scrutiny minutes on the joint CCE inspection, a broadcaster's story on the NAO report
    "newfam16": HERE / "newfam16",
}


def build(out: Path, probe: str) -> Path:
    """The probe's documents under out/probe; returns that folder."""
    target = out / probe
    target.mkdir(parents=True, exist_ok=True)
    kept = KEPT.get(probe)
    if kept and kept.is_dir():
        shutil.copytree(kept, target, dirs_exist_ok=True)
    previous = os.environ.get("SYNTHETIC_OUT")
    os.environ["SYNTHETIC_OUT"] = str(target)
    try:
        for script in PROBES[probe]:
            runpy.run_path(str(HERE / "src" / probe / script), run_name="__main__")
    finally:
        if previous is None:
            os.environ.pop("SYNTHETIC_OUT", None)
        else:
            os.environ["SYNTHETIC_OUT"] = previous
    return target


def main(argv: list[str]) -> None:
    if not argv:
        raise SystemExit(__doc__)
    out = Path(argv[0])
    for probe in argv[1:] or list(PROBES):
        print(build(out, probe))


if __name__ == "__main__":
    main(sys.argv[1:])
