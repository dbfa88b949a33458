"""Rendering the assistant's results for people: text, Markdown, CSV and HTML, for the CLI and the web.

One module per kind of result: answers.py (answers and their citations, conversations), checks.py
(claim and story checks), comparisons.py (Compare), grades.py (grade tables), themes.py (themes across
reports). Pure functions of the result models: no I/O, no Gradio, no settings. JSON is the models' own
``to_json``.
"""
