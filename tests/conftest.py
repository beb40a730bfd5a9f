import pytest

from presswatch import pipeline


@pytest.fixture(scope="session")
def nlp():
    return pipeline.load()
