import pytest

from presswatch.nlp import pipeline


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()
