INSERT INTO actor (first_name, last_name) VALUES ('PENELOPE', 'CRUZ');
INSERT INTO payment (customer_id, staff_id, rental_id, amount, payment_date)
  VALUES (1, 1, 1, 4.99, '2022-07-31 12:00:00+00');
