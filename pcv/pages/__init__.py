"""Reading docs/<lang>/*.md: front matter and body, and the data's figures placed in pages."""
