"""The only Streamlit-aware helpers: caching, shared filters, widgets."""
