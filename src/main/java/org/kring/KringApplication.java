package org.kring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Kring: communities of practice and learning networks for the integration of newcomers.
 */
@SpringBootApplication
public class KringApplication {

	public static void main(String[] args) {
		SpringApplication.run(KringApplication.class, args);
	}

}
