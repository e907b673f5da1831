/// The HTML report's Mustache template: one page, styles inline, no script. `{{name}}` escapes
/// its value; the template uses no unescaped (`{{{…}}}`) tag.
enum HTMLTemplate {
    static let page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="hemimatch {{tool_version}}">
        <title>{{title}}</title>
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
        <h1>{{title}}</h1>
        <p class="meta">hemimatch {{tool_version}} | knowledge base {{knowledge_base_version}} | {{genome_build}} | {{sample_count}} {{samples_word}}</p>{{#has_failures}}
        <h2>Files that gave no report</h2>
        <p class="meta">cohort --keep-going: these files failed, and their samples are not in this report.</p>
        <table class="failures"><tr><th>file</th><th>exit code</th><th>class</th><th>message</th></tr>
        {{#failures}}<tr><td>{{file}}</td><td>{{exit_code}}</td><td>{{exit_class}}</td><td>{{message}}</td></tr>
        {{/failures}}</table>{{/has_failures}}{{#has_not_known}}
        <h2>Not known</h2>
        <p class="meta">Clinical criteria no input told, said once for the page: each bars no arm; the board checks it.</p>
        <ul class="not-known">{{#not_known}}<li>{{.}}</li>{{/not_known}}</ul>{{/has_not_known}}
        {{#is_cohort}}

        <h2>Suggested groups</h2>
        <table class="counts">
        <tr>{{#group_counts}}<th>{{group}}</th>{{/group_counts}}</tr>
        <tr>{{#group_counts}}<td>{{samples}}</td>{{/group_counts}}</tr>
        </table>

        <h2>Alterations by sample and gene</h2>
        <p class="meta">{{#legend}}<span class="swatch" style="background: {{colour}}"></span>{{pathway}}{{/legend}}</p>
        <p class="meta"><span class="key"></span>alteration (colour: pathway)<span class="key excluded"></span><s>struck through</s>: excluded by an exclusion<span class="key near-miss"></span>dashed: near-miss (would qualify; filtered, inherited or below a threshold)</p>
        <div class="scroll">
        <table class="matrix">
        <thead><tr><th>sample</th><th>group</th><th>screen</th><th>candidates</th><th>why A</th><th>exclusions</th><th>flags</th>{{#genes}}<th>{{.}}</th>{{/genes}}</tr></thead>
        <tbody>
        {{#rows}}
        <tr data-sample="{{sample}}"><td><a href="#{{anchor}}">{{sample}}</a></td><td class="group">{{suggested_group}}</td><td class="screen">{{screen}}</td><td>{{candidate_groups}}</td><td>{{generic_reason}}</td><td>{{exclusions}}</td><td>{{flags}}</td>{{#cells}}{{#empty}}<td class="none"></td>{{/empty}}{{^empty}}<td class="{{kind}}" style="background: {{colour}}" title="{{pathway}}">{{text}}</td>{{/empty}}{{/cells}}</tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{/is_cohort}}

        <h2>Samples</h2>
        {{#details}}
        <details id="{{anchor}}" open>
        <summary>{{sample}}: suggested group {{suggested_group}}</summary>
        <p class="meta">input {{input}} | hemimatch {{tool_version}} | knowledge base {{knowledge_base_version}} | {{genome_build}}</p>
        {{#screen_parts}}<p class="screen">{{.}}</p>{{/screen_parts}}
        {{#has_candidates}}
        <h3>Candidate groups</h3>
        <table><tr><th>rank</th><th>group</th><th>evidence level</th><th>highest VAF</th><th>basis</th></tr>
        {{#candidates}}<tr><td>{{rank}}</td><td class="group">{{group}}</td><td>{{evidence_level}}</td><td>{{max_vaf}}</td><td>{{basis}}</td></tr>
        {{/candidates}}</table>
        {{/has_candidates}}
        {{^has_candidates}}<p class="generic">{{generic}}</p>{{/has_candidates}}
        {{#has_checklist}}
        <h3>Checklist (clinical sheet)</h3>
        <table class="checklist"><tr><th>group</th><th>criterion</th><th>status</th><th>evidence</th></tr>
        {{#checklist}}<tr><td class="group">{{group}}</td><td>{{criterion}}</td><td class="{{status}}">{{status}}</td><td>{{evidence}}</td></tr>
        {{/checklist}}</table>
        {{/has_checklist}}
        {{#has_alterations}}
        <h3>Alterations</h3>
        <table><tr><th>gene</th><th>alteration</th><th>groups</th><th>VAF</th><th>depth</th><th>evidence level</th><th>rule</th><th>variant</th><th>segment</th><th>clonality</th><th>sources</th></tr>
        {{#alterations}}<tr><td><span class="swatch" style="background: {{colour}}; margin-left: 0"></span>{{gene}}</td><td>{{alteration}}</td><td>{{groups}}</td><td>{{vaf}}</td><td>{{depth}}</td><td>{{evidence_level}}</td><td>{{rule_id}}</td><td>{{variants}}</td><td>{{segment}}</td><td>{{clonality}}</td><td>{{#sources}}{{#url}}<a href="{{url}}" title="{{citation}}">{{id}}</a> {{/url}}{{^url}}{{id}} {{/url}}{{/sources}}</td></tr>
        {{/alterations}}</table>
        {{/has_alterations}}
        {{#has_exclusions}}
        <h3>Exclusions (excluded groups: {{excluded_groups}})</h3>
        <table><tr><th>gene</th><th>alteration</th><th>excludes</th><th>VAF</th><th>rule</th><th>variant</th><th>registry criterion</th></tr>
        {{#exclusions}}<tr><td>{{gene}}</td><td>{{alteration}}</td><td>{{groups}}</td><td>{{vaf}}</td><td>{{rule_id}}</td><td>{{variants}}</td><td>{{#sources}}{{#url}}<a href="{{url}}">{{id}}</a>: {{citation}} {{/url}}{{^url}}{{id}}: {{citation}} {{/url}}{{/sources}}</td></tr>
        {{/exclusions}}</table>
        {{/has_exclusions}}
        {{#has_near_misses}}
        <h3>Near-misses</h3>
        <table><tr><th>gene</th><th>alteration</th><th>groups</th><th>VAF</th><th>depth</th><th>FILTER or reason</th><th>rule</th><th>variant</th><th>segment</th></tr>
        {{#near_misses}}<tr><td>{{gene}}</td><td>{{alteration}}</td><td>{{groups}}</td><td>{{vaf}}</td><td>{{depth}}</td><td>{{filters}}</td><td>{{rule_id}}</td><td>{{variants}}</td><td>{{segment}}</td></tr>
        {{/near_misses}}</table>
        {{/has_near_misses}}
        {{#has_other_findings}}<h3>Other findings</h3><ul>{{#other_findings}}<li>{{.}}</li>{{/other_findings}}</ul>{{/has_other_findings}}
        {{#has_flags}}
        <h3>Flags</h3>
        <ul>{{#flags}}<li><b>{{code}}</b>: {{message}}</li>{{/flags}}</ul>
        {{/has_flags}}
        </details>
        {{/details}}

        <h2>Run</h2>
        <table><tr><th>input</th><th>role</th><th>format</th><th>sha256</th></tr>
        {{#inputs}}<tr><td>{{path}}</td><td>{{role}}</td><td>{{format}}</td><td>{{sha256}}</td></tr>
        {{/inputs}}</table>
        </body>
        </html>

        """
}
