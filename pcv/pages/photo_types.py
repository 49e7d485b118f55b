"""The kinds of photo docs/ may hold, by their file names' endings: the build's checks and the web editor read them
here (pcv/checks/docs_files.py, pcv/editor/admin.py)."""

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
PHONE_PHOTO_SUFFIXES = (".heic", ".heif")  # an iPhone's photos (« Haute efficacité »), which browsers cannot show
