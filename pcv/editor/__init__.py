"""The staff web editor (Decap CMS at /admin/): its forms and configuration, generated from the
project at build time (`fields`, `config`), and its publication with the site (`admin`)."""
