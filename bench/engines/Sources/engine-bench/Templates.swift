// The same three templates in each engine: a chapter, the layout that wraps it, and a footer
// partial. Mustache escapes {{x}} and inserts {{{x}}} as is; Stencil escapes nothing, so its
// templates escape with the `e` filter registered in main.swift and insert the body as is.

enum MustacheTemplates {
    static let chapter = """
        <article>
        <p class="kicker"><a href="{{publication.url}}">{{publication.title}}</a></p>
        <h1>{{page.title}}</h1>
        {{#page.summary}}<p class="summary">{{page.summary}}</p>{{/page.summary}}
        <nav aria-labelledby="contents-title" class="contents"><h2 id="contents-title">Contents</h2><ol>
        {{#publication.contents}}<li>{{#current}}<span aria-current="page">{{title}}</span>{{/current}}{{^current}}<a href="{{url}}">{{title}}</a>{{/current}}</li>
        {{/publication.contents}}</ol></nav>
        <nav aria-labelledby="toc-title" class="toc"><h2 id="toc-title">On this page</h2><ul>
        {{#page.toc}}<li class="level-{{level}}"><a href="#{{id}}">{{text}}</a></li>
        {{/page.toc}}</ul></nav>
        <div class="body">{{{page.body}}}</div>
        <nav class="pager">{{#previous}}<a rel="prev" href="{{url}}">Previous: {{title}}</a>{{/previous}}
        {{#next}}<a rel="next" href="{{url}}">Next: {{title}}</a>{{/next}}</nav>
        </article>
        """

    static let layout = """
        <!DOCTYPE html>
        <html lang="{{site.language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{page.title}} – {{partnership.short_name}} – {{site.title}}</title>
        {{#page.summary}}<meta name="description" content="{{page.summary}}">{{/page.summary}}
        <link rel="stylesheet" href="{{root}}assets/style.css">
        <style>:root { --brand: {{partnership.brand_colour}}; --brand-text: {{partnership.brand_text_colour}}; }</style>
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        {{#page.leave_site}}<a class="leave-site" href="{{page.leave_site_url}}">Leave this site</a>{{/page.leave_site}}
        <header class="site-header">
        <a class="home" href="{{partnership.home_url}}">{{partnership.name}}</a>
        <nav aria-label="Main"><ul>
        {{#partnership.nav}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
        {{/partnership.nav}}</ul></nav>
        </header>
        <nav aria-label="Breadcrumb" class="breadcrumbs"><ol>
        {{#breadcrumbs}}<li><a href="{{url}}">{{title}}</a></li>
        {{/breadcrumbs}}<li aria-current="page">{{page.title}}</li></ol></nav>
        <main id="main">
        {{{main}}}
        </main>
        {{> footer}}
        </body>
        </html>
        """

    static let footer = """
        <footer class="site-footer">
        {{#partnership.contact}}<h2>Contact {{partnership.short_name}}</h2>
        <address>{{#address_lines}}{{.}}<br>
        {{/address_lines}}</address>
        <p>Phone: <a href="{{phone_href}}">{{phone}}</a></p>
        <p>Email: <a href="mailto:{{email}}">{{email}}</a></p>
        <ul class="social">{{#social}}<li><a href="{{url}}">{{name}}</a></li>{{/social}}</ul>
        {{/partnership.contact}}
        <ul class="help-lines">{{#partnership.help_lines}}<li><a href="{{phone_href}}">{{name}}: {{phone}}</a> {{description}}</li>
        {{/partnership.help_lines}}</ul>
        <p>{{partnership.alternative_formats}}</p>
        <p><a href="{{partnership.contact_url}}">Contact us</a> · <a href="{{partnership.accessibility_url}}">Accessibility</a></p>
        </footer>
        """
}

enum StencilTemplates {
    static let chapter = """
        <article>
        <p class="kicker"><a href="{{ publication.url|e }}">{{ publication.title|e }}</a></p>
        <h1>{{ page.title|e }}</h1>
        {% if page.summary %}<p class="summary">{{ page.summary|e }}</p>{% endif %}
        <nav aria-labelledby="contents-title" class="contents"><h2 id="contents-title">Contents</h2><ol>
        {% for entry in publication.contents %}<li>{% if entry.current %}<span aria-current="page">{{ entry.title|e }}</span>{% else %}<a href="{{ entry.url|e }}">{{ entry.title|e }}</a>{% endif %}</li>
        {% endfor %}</ol></nav>
        <nav aria-labelledby="toc-title" class="toc"><h2 id="toc-title">On this page</h2><ul>
        {% for entry in page.toc %}<li class="level-{{ entry.level|e }}"><a href="#{{ entry.id|e }}">{{ entry.text|e }}</a></li>
        {% endfor %}</ul></nav>
        <div class="body">{{ page.body }}</div>
        <nav class="pager">{% if previous %}<a rel="prev" href="{{ previous.url|e }}">Previous: {{ previous.title|e }}</a>{% endif %}
        {% if next %}<a rel="next" href="{{ next.url|e }}">Next: {{ next.title|e }}</a>{% endif %}</nav>
        </article>
        """

    static let layout = """
        <!DOCTYPE html>
        <html lang="{{ site.language|e }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ page.title|e }} – {{ partnership.short_name|e }} – {{ site.title|e }}</title>
        {% if page.summary %}<meta name="description" content="{{ page.summary|e }}">{% endif %}
        <link rel="stylesheet" href="{{ root|e }}assets/style.css">
        <style>:root { --brand: {{ partnership.brand_colour|e }}; --brand-text: {{ partnership.brand_text_colour|e }}; }</style>
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        {% if page.leave_site %}<a class="leave-site" href="{{ page.leave_site_url|e }}">Leave this site</a>{% endif %}
        <header class="site-header">
        <a class="home" href="{{ partnership.home_url|e }}">{{ partnership.name|e }}</a>
        <nav aria-label="Main"><ul>
        {% for item in partnership.nav %}<li><a href="{{ item.url|e }}"{% if item.current %} aria-current="page"{% endif %}>{{ item.title|e }}</a></li>
        {% endfor %}</ul></nav>
        </header>
        <nav aria-label="Breadcrumb" class="breadcrumbs"><ol>
        {% for crumb in breadcrumbs %}<li><a href="{{ crumb.url|e }}">{{ crumb.title|e }}</a></li>
        {% endfor %}<li aria-current="page">{{ page.title|e }}</li></ol></nav>
        <main id="main">
        {{ main }}
        </main>
        {% include "footer" %}
        </body>
        </html>
        """

    static let footer = """
        <footer class="site-footer">
        {% if partnership.contact %}<h2>Contact {{ partnership.short_name|e }}</h2>
        <address>{% for line in partnership.contact.address_lines %}{{ line|e }}<br>
        {% endfor %}</address>
        <p>Phone: <a href="{{ partnership.contact.phone_href|e }}">{{ partnership.contact.phone|e }}</a></p>
        <p>Email: <a href="mailto:{{ partnership.contact.email|e }}">{{ partnership.contact.email|e }}</a></p>
        <ul class="social">{% for link in partnership.contact.social %}<li><a href="{{ link.url|e }}">{{ link.name|e }}</a></li>{% endfor %}</ul>
        {% endif %}
        <ul class="help-lines">{% for line in partnership.help_lines %}<li><a href="{{ line.phone_href|e }}">{{ line.name|e }}: {{ line.phone|e }}</a> {{ line.description|e }}</li>
        {% endfor %}</ul>
        <p>{{ partnership.alternative_formats|e }}</p>
        <p><a href="{{ partnership.contact_url|e }}">Contact us</a> · <a href="{{ partnership.accessibility_url|e }}">Accessibility</a></p>
        </footer>
        """
}
