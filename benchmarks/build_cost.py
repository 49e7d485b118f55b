"""What a build costs as the data grows: seconds and peak memory of `mkdocs build --strict`, and, side by side
in one run, against a bare MkDocs + Material + static-i18n site of the same pages (no hooks, no templates or
data of ours): the real site, and about 500 pages (countries with a page each, in the menu).

    python benchmarks/build_cost.py      (the comparison with the bare site alone; `make bench` prints all)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from pcv.data.loading import load_site_data
from pcv.data.rules import COUNTRY_CODES
from pcv.inspection.builds import ROOT, SITE_URL, build_command, copy_project
from pcv.inspection.pages import LANGUAGES

SCALING_SIZES = (100, None)  # None: every code the validation accepts
ABOUT_500_PAGES = 250  # countries, each with a page in both languages: about 500 pages with the site's own
REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))  # builds of each kind, alternated: the shortest is kept


@dataclass
class BuildCost:
    seconds: float
    peak_mib: float
    pages: int
    cpu_seconds: float = 0.0  # user + system: what the build itself used, however busy the machine


# Runs a command; writes its wall time and peak resident memory (KiB) to a file.
# A process starts with the peak of the process that started it, so the build
# is started from this small process, not from the benchmark (which holds
# Playwright and the data in memory).
MEASURE = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
           "code = subprocess.run(sys.argv[2:]).returncode; seconds = time.perf_counter() - start; "
           "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
           "open(sys.argv[1], 'w').write(f'{seconds} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}'); "
           "sys.exit(code)")


def timed_build(project: Path, site: Path, site_url: str) -> BuildCost:
    """Build `project` into `site` in a child process; its wall time and peak resident memory."""
    command, env = build_command(site, PCV_SITE_URL=site_url)
    with tempfile.TemporaryDirectory() as tmp:
        figures = Path(tmp) / "figures"
        done = subprocess.run([sys.executable, "-c", MEASURE, str(figures), *command],
                              cwd=project, env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"La construction de {project} a échoué :\n{(done.stdout + done.stderr)[-3000:]}")
        seconds, peak_kib, cpu = figures.read_text().split()
    return BuildCost(float(seconds), int(peak_kib) / 1024, sum(1 for _ in site.rglob("index.html")), float(cpu))


def timed_bare_build(project: Path, site: Path) -> BuildCost:
    """A bare copy of `project`'s pages (`bare_project`) built by `mkdocs build` in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        bare = bare_project(project, Path(tmp) / "bare")
        figures = Path(tmp) / "figures"
        command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)]
        done = subprocess.run([sys.executable, "-c", MEASURE, str(figures), *command], cwd=bare,
                              capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"La construction nue de {project} a échoué :\n{(done.stdout + done.stderr)[-3000:]}")
        seconds, peak_kib, cpu = figures.read_text().split()
    return BuildCost(float(seconds), int(peak_kib) / 1024, sum(1 for _ in site.rglob("index.html")), float(cpu))


def bare_project(project: Path, destination: Path) -> Path:
    """The pages, menu and languages of `project` for MkDocs, Material and static-i18n alone: its docs/ (each page
    without `template:`, a template of ours) and a mkdocs.yml with the engine's theme features and extensions."""
    shutil.copytree(project / "docs", destination / "docs")
    for page in (destination / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text("".join(line for line in text.splitlines(keepends=True) if not line.startswith("template:")),
                        encoding="utf-8")
    own, engine = (yaml.safe_load((project / name).read_text(encoding="utf-8")) for name in ("mkdocs.yml", "engine.yml"))
    settings = {
        "site_name": own["site_name"], "site_url": SITE_URL, "docs_dir": "docs",
        "theme": {"name": "material", "language": "fr", "features": engine["theme"]["features"]},
        "plugins": {"search": {}, "i18n": {**engine["plugins"]["i18n"], **own["plugins"]["i18n"]}},
        "markdown_extensions": engine["markdown_extensions"], "nav": own["nav"],
    }
    (destination / "mkdocs.yml").write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return destination


def print_against_bare(work: Path) -> None:
    """Our build and the bare one of the same pages, alternated REPEATS times, the shortest of each kept (one build's
    processor time varies by a fifth on a loaded machine): the real site, then about 500 pages."""
    print("\n## Construction comparée à un site nu (MkDocs + Material + static-i18n, mêmes pages, sans hooks)\n")
    print("Temps écoulé (s) et temps processeur (proc. s : ce que la construction a utilisé, même sur une machine "
          f"chargée) ; rapport : le nôtre sur le nu. Chaque construction {REPEATS} fois, la nôtre et la nue en "
          "alternance ; la plus courte de chaque est gardée (BENCH_REPEATS pour en changer) : sur une machine chargée, "
          "le temps processeur d'une seule construction varie de 20 %.\n")
    print(f"{'site':<30} {'pages':>6} {'nôtre s':>8} {'nu s':>6} {'rapport':>8} {'nôtre proc. s':>14} {'nu proc. s':>11}"
          f" {'rapport':>8} {'objectif':>9}")
    big = copy_project(work / "about-500")
    add_countries(big, ABOUT_500_PAGES, with_pages=True)
    for label, project, goal in (("site réel (make build)", ROOT, 1.3), ("~500 pages (pays au menu)", big, 2.0)):
        runs = [(timed_build(project, work / f"{project.name}-ours-{n}", SITE_URL),
                 timed_bare_build(project, work / f"{project.name}-bare-{n}")) for n in range(REPEATS)]
        ours, bare = (least(costs) for costs in zip(*runs))
        print(f"{label:<30} {ours.pages:>6} {ours.seconds:>8.2f} {bare.seconds:>6.2f} {ours.seconds / bare.seconds:>7.1f}×"
              f" {ours.cpu_seconds:>14.2f} {bare.cpu_seconds:>11.2f} {ours.cpu_seconds / bare.cpu_seconds:>7.1f}×"
              f" {goal:>8.1f}×")


def least(costs: tuple[BuildCost, ...]) -> BuildCost:
    """The shortest of several builds of the same pages: what other work on the machine added least to."""
    return BuildCost(min(c.seconds for c in costs), min(c.peak_mib for c in costs), costs[0].pages,
                     min(c.cpu_seconds for c in costs))


def add_countries(project: Path, total: int | None, with_pages: bool) -> int:
    """Grow the copy's data/countries.yaml to `total` countries (None: every accepted code).

    Added countries get made-up slugs ("pays-xx"); with `with_pages`, activities,
    a page in both languages and a place in the navigation under the activities.
    Returns the number of countries.
    """
    path = project / "data" / "countries.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    used = {c["code"] for c in data["countries"]}
    free = sorted(COUNTRY_CODES - used)
    added = free[: None if total is None else total - len(used)]
    for code in added:
        slug = f"pays-{code.lower()}"
        country: dict = {"code": code, "slug": slug}
        if with_pages:
            country["activities"] = {"target_groups": [{"fr": "Femmes et jeunes femmes", "en": "Women and young women"}]}
            for lang in LANGUAGES:
                page = project / "docs" / lang / "activites" / f"{slug}.md"
                page.write_text(f"---\ntitle: \"{code}\"\ndescription: Pays {code}.\ncountry: \"{code}\"\n---\n\n# {code}\n\n{'Texte. ' * 60}\n",
                                encoding="utf-8")
        data["countries"].append(country)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    if with_pages:
        add_to_nav(project / "mkdocs.yml", [f"activites/pays-{code.lower()}.md" for code in added])
    return len(data["countries"])


def add_to_nav(config: Path, pages: list[str]) -> None:
    """List `pages` in the navigation after the activities' index page."""
    anchor = "- activites/index.md\n"
    text = config.read_text(encoding="utf-8")
    line = next((ln for ln in text.splitlines(keepends=True) if ln.strip() + "\n" == anchor), None)
    if line is None:
        raise SystemExit(f"{config} : « {anchor.strip()} » introuvable dans nav ; adaptez add_to_nav.")
    indent = line[: len(line) - len(line.lstrip())]
    text = text.replace(line, line + "".join(f"{indent}- {page}\n" for page in pages), 1)
    config.write_text(text, encoding="utf-8")


def data_load_seconds(data_dir: Path) -> float:
    """Time to read and validate `data_dir` once (what each build process does once)."""
    start = time.perf_counter()
    load_site_data(data_dir)
    return time.perf_counter() - start


def print_build_scaling(work: Path, site_url: str, real: BuildCost) -> None:
    accepted = len(COUNTRY_CODES)
    print("\n## Coût de la construction (mkdocs build --strict, processus enfant)\n")
    print(f"La validation accepte {accepted} codes de pays, chacun une fois : 1 000 pays sont impossibles "
          "sans l'affaiblir ; on mesure 100 pays et tous les codes.")
    print("« données s » : lecture et validation de data/ (une fois par construction).\n")
    print(f"{'données':<40} {'pays':>5} {'pages':>6} {'s':>7} {'Mio max':>8} {'ms/page':>8} {'données s':>10}")
    real_load = data_load_seconds(ROOT / "data")
    rows = [("données réelles", len(load_site_data(ROOT / "data").countries), real, real_load)]
    for with_pages in (False, True):
        for total in SCALING_SIZES:
            name = f"{total or 'all'}-{'pages' if with_pages else 'list'}"
            project = copy_project(work / name)
            countries = add_countries(project, total, with_pages)
            load = data_load_seconds(project / "data")  # also proves the generated data valid
            label = "pays ajoutés avec page (fr, en) et menu" if with_pages else "pays ajoutés sans activités (listés)"
            rows.append((label, countries, timed_build(project, work / f"{name}-site", site_url), load))
    for label, countries, cost, load in rows:
        print(f"{label:<40} {countries:>5} {cost.pages:>6} {cost.seconds:>7.2f} {cost.peak_mib:>8.0f}"
              f" {cost.seconds * 1000 / cost.pages:>8.1f} {load:>10.3f}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="pcv-build-cost-") as tmp:
        print_against_bare(Path(tmp))
