-- How a round breaks ties on the total, in order (e.g. MORE_CRITERIA_MET,FEWER_PENALTY_POINTS); null for that default.
ALTER TABLE review_round ADD COLUMN tie_breaks VARCHAR(200) NULL;
