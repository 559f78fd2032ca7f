"""Screens for the pharmacy (mirrors services/pharmacy): the prescription form and the chart's
list of an animal's prescriptions."""
