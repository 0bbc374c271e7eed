-- An order for an existing customer (ALFKI), with one line.
INSERT INTO orders (order_id, customer_id, employee_id, order_date, ship_via, freight) VALUES (11078, 'ALFKI', 1, '1998-05-07', 1, 12.5);
INSERT INTO order_details (order_id, product_id, unit_price, quantity, discount) VALUES (11078, 1, 18, 2, 0);
