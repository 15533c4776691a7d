// OWNER: the "normalizer" helper.
