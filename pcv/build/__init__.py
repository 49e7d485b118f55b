"""The build as one pipeline: what a run knows (`run.SiteBuild`) and the steps of each stage, in order
(`stages`). hooks/pcv_site.py is the only hook: it hands each MkDocs event to its stage."""
