"""Yearly figures (issue 3): the dataset, Dutch normalisation, queries and answers."""
