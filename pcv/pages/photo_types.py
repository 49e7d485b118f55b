"""The kinds and sizes of photo docs/ may hold, by their file names' endings and their pixels: the build's checks and
the web editor read them here (pcv/checks/docs_files.py, pcv/editor/admin.py)."""

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
PHONE_PHOTO_SUFFIXES = (".heic", ".heif")  # an iPhone's photos (« Haute efficacité »), which browsers cannot show
MAX_SIDE = 16_383  # the widest and tallest a WebP image can be
MAX_PIXELS = 40_000_000  # a 40-megapixel photo: more is a mistake (or a decompression bomb)


def too_large(width: object, height: object) -> str:
    """What is said of a photo of `width` × `height` pixels over MAX_SIDE or MAX_PIXELS, by the check and by the
    editor when it is chosen (which writes its own numbers in place of « {width} » and « {height} »)."""
    return (f"photo trop grande ({width} × {height} pixels ; au plus {MAX_SIDE} pixels de côté et "
            f"{MAX_PIXELS // 1_000_000} millions de pixels). Réduisez-la (2000 pixels de large suffisent)")
