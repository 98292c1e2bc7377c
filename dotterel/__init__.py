"""dotterel: dated news articles in, political event data with evidence out."""

__version__ = "0.1.0"
