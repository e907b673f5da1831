/// The HTML report's fixed parts: the page's head (styles inline, no script) and the matrix's key.
enum HTMLTemplate {
    /// Everything up to the page's heading.
    static func head(title: String, toolVersion: String) -> HTMLText {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="hemimatch \(toolVersion)">
        <title>\(title)</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 24px; color: #222; }
        h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 28px; } h3 { font-size: 16px; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; font-size: 13px; vertical-align: top; }
        th { background: #f0f0f0; }
        table.matrix td.cell { min-width: 70px; color: #fff; font-weight: 600; }
        table.matrix td.none { background: #fafafa; }
        table.matrix td.excluded { text-decoration: line-through; }
        table.matrix td.near-miss { color: #222; border: 2px dashed #777; }
        .scroll { max-width: 100%; overflow-x: auto; }
        table.matrix th, table.matrix td { max-width: 14em; overflow-wrap: anywhere; }
        .key { display: inline-block; width: 28px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; background: #888; }
        .key.near-miss { background: #fff; border: 2px dashed #777; } .key.excluded { background: #bbb; }
        .group { font-weight: 700; }
        table.checklist td.not-met { color: #b00020; font-weight: 700; }
        .swatch { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: middle; }
        .meta { color: #555; font-size: 13px; }
        details { margin: 8px 0; border: 1px solid #ddd; padding: 6px 10px; }
        summary { cursor: pointer; font-weight: 600; }
        </style>
        </head>
        <body>
        <h1>\(title)</h1>

        """
    }

    /// What the matrix's cells mean.
    static let matrixKey: HTMLText = """
        <p class="meta"><span class="key"></span>alteration (colour: pathway)<span class="key excluded"></span><s>struck through</s>: excluded by an exclusion<span class="key near-miss"></span>dashed: near-miss (would qualify; filtered, inherited or below a threshold)</p>

        """
}
