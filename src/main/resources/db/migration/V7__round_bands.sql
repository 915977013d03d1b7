-- The classification bands of a round, e.g. "Xuất sắc ≥ 90; Tốt ≥ 75; Khá ≥ 60"; null means those defaults.
ALTER TABLE review_round ADD COLUMN bands VARCHAR(500) NULL;
