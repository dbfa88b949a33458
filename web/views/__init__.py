"""The Gradio layout and event wiring, one module per tab (chat, library, check, compare, grades) and one
for the named API endpoints. The logic they call is in the plain modules one level up."""
