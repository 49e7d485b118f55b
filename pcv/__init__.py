"""The programme site generator's library: everything the hooks, scripts, benchmarks and tests share.

The data flows one way: `data` reads and checks data/*.yaml into a typed model,
`pages` reads docs/*/*.md, `checks` gathers every problem that stops a build,
`view` gives each language's templates what they show, `text` writes numbers
and French typography, `languages` follows translations and static-i18n,
`publishing` makes the outputs besides pages (open data, sharing, search),
`theme` trims Material's assets, and `inspection` builds, serves and reads
the built site for tests and benchmarks.
"""
