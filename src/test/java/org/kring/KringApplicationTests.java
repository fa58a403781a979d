package org.kring;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class KringApplicationTests {

	@Test
	void contextLoads() {
	}

}
