"""Coding: verb patterns over the dependency parse turn sentences into candidate events."""
