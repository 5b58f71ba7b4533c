package org.stocktake;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StocktakeApplication {
}
